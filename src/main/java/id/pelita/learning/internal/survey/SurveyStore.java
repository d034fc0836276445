package id.pelita.learning.internal.survey;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.pelita.learning.SurveyInstructor;
import id.pelita.learning.SurveyItem;
import id.pelita.learning.SurveySection;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every SQL statement of the evaluation survey: definition, instructors, submissions and anonymous responses. */
@Repository
public class SurveyStore {

	private static final String MODULE_COLUMNS = "select id, course_id, run_id, title from learning_module ";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	SurveyStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** The learning module if it is of kind SURVEY. */
	public Optional<SurveyModule> module(long moduleId) {
		return this.jdbc.query(MODULE_COLUMNS + "where id = ? and kind = 'SURVEY'", SurveyStore::module, moduleId)
			.stream()
			.findFirst();
	}

	/** The same, with the module's row locked until the transaction ends (the survey is created once). */
	public Optional<SurveyModule> lockModule(long moduleId) {
		return this.jdbc
			.query(MODULE_COLUMNS + "where id = ? and kind = 'SURVEY' for update", SurveyStore::module, moduleId)
			.stream()
			.findFirst();
	}

	public boolean exists(long moduleId) {
		return count("select count(*) from survey where module_id = ?", moduleId) > 0;
	}

	/**
	 * Locks the survey's row until the transaction ends (submissions and edits of one survey take turns) and tells
	 * whether its instructors are fixed; empty when there is no survey yet.
	 */
	public Optional<Boolean> lockSurvey(long moduleId) {
		return this.jdbc
			.queryForList("select instructors_fixed from survey where module_id = ? for update", Boolean.class,
					moduleId)
			.stream()
			.findFirst();
	}

	public boolean instructorsFixed(long moduleId) {
		return Boolean.TRUE.equals(this.jdbc
			.queryForList("select instructors_fixed from survey where module_id = ?", Boolean.class, moduleId)
			.stream()
			.findFirst()
			.orElse(false));
	}

	/** A new survey with the standard items. */
	public void createStandard(long moduleId, Instant now) {
		insertSurvey(moduleId, false, now);
		int position = 1;
		for (StandardSurvey.Item item : StandardSurvey.ITEMS) {
			this.jdbc.update("insert into survey_item (module_id, position, section, text) values (?, ?, ?, ?)",
					moduleId, position++, item.section().name(), item.text());
		}
	}

	/** A copy of a survey's items (and its instructors when they are fixed) for another module. */
	public void copy(long fromModuleId, long toModuleId, Instant now) {
		boolean fixed = instructorsFixed(fromModuleId);
		insertSurvey(toModuleId, fixed, now);
		this.jdbc.update("""
				insert into survey_item (module_id, position, section, text, copied_from_id)
				select ?, position, section, text, id from survey_item where module_id = ?""", toModuleId,
				fromModuleId);
		if (fixed) {
			this.jdbc.update("""
					insert into survey_instructor (module_id, position, name, account_id)
					select ?, position, name, account_id from survey_instructor where module_id = ?""", toModuleId,
					fromModuleId);
		}
	}

	private void insertSurvey(long moduleId, boolean instructorsFixed, Instant now) {
		this.jdbc.update(
				"insert into survey (module_id, instructors_fixed, created_at, updated_at) values (?, ?, ?, ?)",
				moduleId, instructorsFixed, Timestamp.from(now), Timestamp.from(now));
	}

	public long version(long moduleId) {
		Long version = this.jdbc.queryForObject("select version from survey where module_id = ?", Long.class,
				moduleId);
		return version == null ? 0 : version;
	}

	public void touch(long moduleId, Instant now) {
		this.jdbc.update("update survey set updated_at = ?, version = version + 1 where module_id = ?",
				Timestamp.from(now), moduleId);
	}

	public List<SurveyItem> items(long moduleId) {
		return this.jdbc.query("""
				select id, section, position, text from survey_item where module_id = ?
				order by position, id""", SurveyStore::item, moduleId);
	}

	public Optional<Long> moduleOfItem(long itemId) {
		return this.jdbc.queryForList("select module_id from survey_item where id = ?", Long.class, itemId)
			.stream()
			.findFirst();
	}

	public long insertItem(long moduleId, SurveySection section, String text) {
		Integer last = this.jdbc.queryForObject(
				"select coalesce(max(position), 0) from survey_item where module_id = ?", Integer.class, moduleId);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(
					"insert into survey_item (module_id, position, section, text) values (?, ?, ?, ?)",
					new String[] { "id" });
			statement.setLong(1, moduleId);
			statement.setInt(2, (last == null ? 0 : last) + 1);
			statement.setString(3, section.name());
			statement.setString(4, text);
			return statement;
		}, key);
		return key.getKeyAs(Long.class);
	}

	public void updateItemText(long itemId, String text) {
		this.jdbc.update("update survey_item set text = ? where id = ?", text, itemId);
	}

	public void setItemPosition(long itemId, int position) {
		this.jdbc.update("update survey_item set position = ? where id = ?", position, itemId);
	}

	public void deleteItem(long itemId) {
		this.jdbc.update("delete from survey_item where id = ?", itemId);
	}

	public List<SurveyInstructor> instructors(long moduleId) {
		return this.jdbc.query(
				"select id, name, account_id from survey_instructor where module_id = ? order by position, id",
				(rs, row) -> new SurveyInstructor(rs.getLong("id"), rs.getString("name"), nullableLong(rs, "account_id")),
				moduleId);
	}

	/** Stores the list as the survey's fixed instructors, replacing any it had. */
	public void replaceInstructors(long moduleId, List<SurveyInstructor> instructors) {
		this.jdbc.update("delete from survey_instructor where module_id = ?", moduleId);
		int position = 1;
		for (SurveyInstructor instructor : instructors) {
			this.jdbc.update(
					"insert into survey_instructor (module_id, position, name, account_id) values (?, ?, ?, ?)",
					moduleId, position++, instructor.name(), instructor.accountId());
		}
		this.jdbc.update("update survey set instructors_fixed = true where module_id = ?", moduleId);
	}

	/** Lets the instructors follow the run's sessions again. */
	public void releaseInstructors(long moduleId) {
		this.jdbc.update("delete from survey_instructor where module_id = ?", moduleId);
		this.jdbc.update("update survey set instructors_fixed = false where module_id = ?", moduleId);
	}

	public int submissions(long moduleId) {
		return count("select count(*) from survey_submission where module_id = ?", moduleId);
	}

	public int responses(long moduleId) {
		return count("select count(*) from survey_response where module_id = ?", moduleId);
	}

	public Optional<Instant> submittedAt(long moduleId, long accountId) {
		return this.jdbc
			.query("select submitted_at from survey_submission where module_id = ? and account_id = ?",
					(rs, row) -> rs.getTimestamp(1).toInstant(), moduleId, accountId)
			.stream()
			.findFirst();
	}

	/** Records that the person submitted; a second one fails on the unique constraint. */
	public void insertSubmission(long moduleId, long runId, long accountId, Instant now) {
		this.jdbc.update(
				"insert into survey_submission (module_id, run_id, account_id, submitted_at) values (?, ?, ?, ?)",
				moduleId, runId, accountId, Timestamp.from(now));
	}

	/** Stores an anonymous response: a random key, the ratings and the texts, nothing that names the person. */
	public void insertResponse(long moduleId, List<Answer> answers) {
		UUID key = UUID.randomUUID();
		this.jdbc.update("insert into survey_response (response_key, module_id) values (?, ?)", key, moduleId);
		this.jdbc.batchUpdate(
				"insert into survey_answer (response_key, item_id, instructor_id, rating, answer_text) values (?, ?, ?, ?, ?)",
				answers, 200, (statement, answer) -> {
					statement.setObject(1, key);
					statement.setLong(2, answer.itemId());
					statement.setObject(3, answer.instructorId());
					statement.setObject(4, answer.rating());
					statement.setString(5, answer.text());
				});
	}

	/** How many times each rating was given, per item and instructor (instructor null outside their section). */
	public List<RatingCount> ratingCounts(long moduleId) {
		return this.jdbc.query("""
				select a.item_id, a.instructor_id, a.rating, count(*) as answers
				from survey_answer a join survey_item i on i.id = a.item_id
				where i.module_id = ? and a.rating is not null
				group by a.item_id, a.instructor_id, a.rating""",
				(rs, row) -> new RatingCount(rs.getLong("item_id"), nullableLong(rs, "instructor_id"),
						rs.getInt("rating"), rs.getInt("answers")),
				moduleId);
	}

	/** The free-text answers per item, in the order of their random keys (never in the order they came). */
	public Map<Long, List<String>> texts(long moduleId) {
		Map<Long, List<String>> texts = new HashMap<>();
		this.jdbc.query("""
				select a.item_id, a.answer_text from survey_answer a join survey_item i on i.id = a.item_id
				where i.module_id = ? and a.answer_text is not null order by a.item_id, a.response_key""",
				(ResultSet rs) -> {
					texts.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>()).add(rs.getString(2));
				}, moduleId);
		return texts;
	}

	/** The survey modules of the run in which the account submitted. */
	public Set<Long> submittedModules(long runId, long accountId) {
		return Set.copyOf(this.jdbc.queryForList(
				"select module_id from survey_submission where run_id = ? and account_id = ?", Long.class, runId,
				accountId));
	}

	/** Account id -> the survey modules of the run in which they submitted. */
	public Map<Long, Set<Long>> submittedModules(long runId, Collection<Long> accountIds) {
		Map<Long, Set<Long>> modules = new HashMap<>();
		if (accountIds.isEmpty()) {
			return modules;
		}
		this.named.query("""
				select account_id, module_id from survey_submission
				where run_id = :run and account_id in (:accounts)""",
				new MapSqlParameterSource("run", runId).addValue("accounts", accountIds), (ResultSet rs) -> {
					modules.computeIfAbsent(rs.getLong(1), id -> new java.util.HashSet<>()).add(rs.getLong(2));
				});
		return modules;
	}

	/** The survey modules of a run, in path order. */
	public List<SurveyModule> modulesOfRun(long runId) {
		return this.jdbc.query(MODULE_COLUMNS + "where run_id = ? and kind = 'SURVEY' order by position, id",
				SurveyStore::module, runId);
	}

	/** The run surveys in which the account is a named instructor, newest first. */
	public List<SurveyModule> modulesOfInstructor(long accountId) {
		return this.jdbc.query("""
				select m.id, m.course_id, m.run_id, m.title from learning_module m
				join survey_instructor i on i.module_id = m.id
				where i.account_id = ? and m.run_id is not null order by m.run_id desc, m.position""",
				SurveyStore::module, accountId);
	}

	private int count(String sql, Object... arguments) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, arguments);
		return count == null ? 0 : count;
	}

	private static SurveyModule module(ResultSet rs, int row) throws SQLException {
		return new SurveyModule(rs.getLong("id"), rs.getLong("course_id"), nullableLong(rs, "run_id"),
				rs.getString("title"));
	}

	private static SurveyItem item(ResultSet rs, int row) throws SQLException {
		return new SurveyItem(rs.getLong("id"), SurveySection.valueOf(rs.getString("section")), rs.getInt("position"),
				rs.getString("text"));
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/** One answer of a response: a rating of an item (for an instructor in their section) or a text. */
	public record Answer(long itemId, @Nullable Long instructorId, @Nullable Integer rating, @Nullable String text) {
	}

	/** {@code answers} people gave the item (for the instructor) the rating. */
	public record RatingCount(long itemId, @Nullable Long instructorId, int rating, int answers) {
	}

}
