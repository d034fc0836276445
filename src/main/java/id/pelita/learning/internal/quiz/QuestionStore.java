package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.pelita.learning.BankQuestion;
import id.pelita.learning.BankQuestion.BankOption;
import id.pelita.learning.QuestionDraft;
import id.pelita.learning.QuestionKind;
import id.pelita.learning.QuizCategory;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The question bank's tables: categories, questions, their options and accepted answers. */
@Component
public class QuestionStore {

	private static final String HEAD = """
			q.id, q.course_id, q.category_id, c.name, q.kind, q.text, q.image_path, q.points, q.partial_credit,
			q.true_answer, q.numeric_answer, q.tolerance, q.key_version, """;

	private static final String FROM = " from quiz_question q left join quiz_category c on c.id = q.category_id";

	/** With how many attempts drew each question (the bank's pages). */
	private static final String WITH_USE = HEAD
			+ "(select count(*) from quiz_attempt_question u where u.question_id = q.id)" + FROM;

	/** Without that count (taking and grading attempts, which never show it). */
	private static final String WITHOUT_USE = HEAD + "0" + FROM;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	QuestionStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.clock = clock;
	}

	public List<QuizCategory> categories(long courseId) {
		return this.jdbc.query("""
				select c.id, c.name, (select count(*) from quiz_question q where q.category_id = c.id
				and q.archived = false) from quiz_category c where c.course_id = ? order by lower(c.name)""",
				(rs, n) -> new QuizCategory(rs.getLong(1), rs.getString(2), rs.getInt(3)), courseId);
	}

	/** The category of that name in the course, created when new. */
	public long categoryId(long courseId, String name) {
		String clean = name.strip();
		this.jdbc.update("""
				insert into quiz_category (course_id, name, created_at) values (?, ?, ?) on conflict do nothing""",
				courseId, clean, now());
		return this.jdbc.queryForObject("select id from quiz_category where course_id = ? and name = ?", Long.class,
				courseId, clean);
	}

	public long insert(long courseId, QuestionDraft draft) {
		return insert(courseId, draft, new HashMap<>());
	}

	/** Stores many questions (an import), looking each category up once. Returns how many. */
	public int insertAll(long courseId, List<QuestionDraft> drafts) {
		Map<String, Long> categories = new HashMap<>();
		drafts.forEach(draft -> insert(courseId, draft, categories));
		return drafts.size();
	}

	private long insert(long courseId, QuestionDraft draft, Map<String, Long> categories) {
		Long categoryId = draft.category() == null || draft.category().isBlank() ? null
				: categories.computeIfAbsent(draft.category().strip(), name -> categoryId(courseId, name));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		JdbcClient.create(this.jdbc).sql("""
				insert into quiz_question (course_id, category_id, kind, text, points, partial_credit, true_answer,
				numeric_answer, tolerance, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(courseId, categoryId, draft.kind().name(), draft.text().strip(), draft.points(),
					draft.partialCredit(), trueAnswer(draft), numericAnswer(draft), tolerance(draft), now(), now())
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		insertParts(id, draft, Set.of());
		return id;
	}

	/** Replaces text, category, points and key; options keep their ids where the draft names them. */
	public void update(BankQuestion old, QuestionDraft draft, boolean keyChanged) {
		Long categoryId = draft.category() == null || draft.category().isBlank() ? null
				: categoryId(old.courseId(), draft.category());
		this.jdbc.update("""
				update quiz_question set category_id = ?, kind = ?, text = ?, points = ?, partial_credit = ?,
				true_answer = ?, numeric_answer = ?, tolerance = ?, key_version = key_version + ?, updated_at = ?,
				version = version + 1 where id = ?""", categoryId, draft.kind().name(), draft.text().strip(),
				draft.points(), draft.partialCredit(), trueAnswer(draft), numericAnswer(draft), tolerance(draft),
				keyChanged ? 1 : 0, now(), old.id());
		Set<Long> kept = new HashSet<>();
		List<QuestionDraft.Option> options = draft.kind().hasOptions() ? draft.options() : List.of();
		for (int i = 0; i < options.size(); i++) {
			QuestionDraft.Option option = options.get(i);
			if (option.id() != null && old.options().stream().anyMatch(o -> o.id() == option.id())) {
				this.jdbc.update("update quiz_option set position = ?, text = ?, correct = ? where id = ?", i + 1,
						option.text().strip(), option.correct(), option.id());
				kept.add(option.id());
			}
		}
		for (BankOption option : old.options()) {
			if (!kept.contains(option.id())) {
				this.jdbc.update("delete from quiz_option where id = ?", option.id());
			}
		}
		this.jdbc.update("delete from quiz_accepted_answer where question_id = ?", old.id());
		insertParts(old.id(), draft, kept);
	}

	public void archive(long questionId) {
		this.jdbc.update("update quiz_question set archived = true, updated_at = ? where id = ?", now(), questionId);
	}

	public void setImage(long questionId, @Nullable String path) {
		this.jdbc.update("update quiz_question set image_path = ?, updated_at = ? where id = ?", path, now(),
				questionId);
	}

	public Optional<BankQuestion> find(long questionId) {
		return list(WITH_USE, "q.id = :id", new MapSqlParameterSource("id", questionId)).stream().findFirst();
	}

	/** The course's questions that are not archived, optionally of one category, in the order they were made. */
	public List<BankQuestion> ofCourse(long courseId, @Nullable Long categoryId) {
		MapSqlParameterSource params = new MapSqlParameterSource("course", courseId).addValue("category", categoryId);
		return list(WITH_USE, "q.course_id = :course and q.archived = false"
				+ (categoryId == null ? "" : " and q.category_id = :category"), params);
	}

	/** The questions of the ids, archived ones too; {@code usedInAttempts} is not counted (0). */
	public List<BankQuestion> ofIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return list(WITHOUT_USE, "q.id in (:ids)", new MapSqlParameterSource("ids", ids));
	}

	/** The ids of not archived questions in the categories of the course. */
	public List<Long> idsInCategories(long courseId, Collection<Long> categoryIds) {
		if (categoryIds.isEmpty()) {
			return List.of();
		}
		return this.named.queryForList("""
				select id from quiz_question where course_id = :course and archived = false
				and category_id in (:categories) order by id""",
				new MapSqlParameterSource("course", courseId).addValue("categories", categoryIds), Long.class);
	}

	/** The grading keys of the questions. */
	public Map<Long, QuestionKey> keys(Collection<Long> ids) {
		Map<Long, QuestionKey> keys = new HashMap<>();
		for (BankQuestion question : ofIds(ids)) {
			keys.put(question.id(), key(question));
		}
		return keys;
	}

	static QuestionKey key(BankQuestion question) {
		return new QuestionKey(question.id(), question.kind(), question.points(), question.partialCredit(),
				question.options().stream().map(BankOption::id).toList(),
				question.options().stream().filter(BankOption::correct).map(BankOption::id).collect(
						java.util.stream.Collectors.toSet()),
				question.trueAnswer(), question.acceptedAnswers(), question.numericAnswer(), question.tolerance(),
				question.keyVersion());
	}

	private List<BankQuestion> list(String select, String where, MapSqlParameterSource params) {
		record Head(long id, long courseId, @Nullable Long categoryId, @Nullable String category, QuestionKind kind,
				String text, @Nullable String image, BigDecimal points, boolean partial, @Nullable Boolean trueAnswer,
				@Nullable BigDecimal number, @Nullable BigDecimal tolerance, int keyVersion, int used) {
		}
		List<Head> heads = this.named.query("select " + select + " where " + where + " order by q.id", params,
				(rs, n) -> new Head(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getString(4),
						QuestionKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
						rs.getBoolean(9), (Boolean) rs.getObject(10, Boolean.class), rs.getBigDecimal(11),
						rs.getBigDecimal(12), rs.getInt(13), rs.getInt(14)));
		if (heads.isEmpty()) {
			return List.of();
		}
		List<Long> ids = heads.stream().map(Head::id).toList();
		Map<Long, List<BankOption>> options = new LinkedHashMap<>();
		Map<Long, List<String>> answers = new LinkedHashMap<>();
		for (List<Long> chunk : chunks(ids)) {
			MapSqlParameterSource in = new MapSqlParameterSource("ids", chunk);
			this.named.query("""
					select question_id, id, text, correct from quiz_option where question_id in (:ids)
					order by question_id, position""", in,
					rs -> {
						options.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
							.add(new BankOption(rs.getLong(2), rs.getString(3), rs.getBoolean(4)));
					});
			this.named.query("""
					select question_id, answer from quiz_accepted_answer where question_id in (:ids)
					order by question_id, position""", in,
					rs -> {
						answers.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
					});
		}
		return heads.stream()
			.map(h -> new BankQuestion(h.id(), h.courseId(), h.categoryId(), h.category(), h.kind(), h.text(),
					h.image(), h.points(), h.partial(), List.copyOf(options.getOrDefault(h.id(), List.of())),
					h.trueAnswer(), List.copyOf(answers.getOrDefault(h.id(), List.of())), h.number(), h.tolerance(),
					h.keyVersion(), h.used()))
			.toList();
	}

	private static List<List<Long>> chunks(List<Long> ids) {
		List<List<Long>> chunks = new ArrayList<>();
		for (int i = 0; i < ids.size(); i += 1000) {
			chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
		}
		return chunks;
	}

	private void insertParts(long questionId, QuestionDraft draft, Set<Long> keptOptions) {
		if (draft.kind().hasOptions()) {
			List<Object[]> rows = new ArrayList<>();
			for (int i = 0; i < draft.options().size(); i++) {
				QuestionDraft.Option option = draft.options().get(i);
				if (option.id() == null || !keptOptions.contains(option.id())) {
					rows.add(new Object[] { questionId, i + 1, option.text().strip(), option.correct() });
				}
			}
			this.jdbc.batchUpdate("insert into quiz_option (question_id, position, text, correct) values (?, ?, ?, ?)",
					rows);
		}
		if (draft.kind() == QuestionKind.SHORT_ANSWER) {
			List<Object[]> rows = new ArrayList<>();
			List<String> answers = draft.acceptedAnswers().stream().map(String::strip).filter(a -> !a.isEmpty())
				.distinct().toList();
			for (int i = 0; i < answers.size(); i++) {
				rows.add(new Object[] { questionId, i + 1, answers.get(i) });
			}
			this.jdbc.batchUpdate("insert into quiz_accepted_answer (question_id, position, answer) values (?, ?, ?)",
					rows);
		}
	}

	private static @Nullable Boolean trueAnswer(QuestionDraft draft) {
		return draft.kind() == QuestionKind.TRUE_FALSE ? draft.trueAnswer() : null;
	}

	private static @Nullable BigDecimal numericAnswer(QuestionDraft draft) {
		return draft.kind() == QuestionKind.NUMERIC ? draft.numericAnswer() : null;
	}

	private static @Nullable BigDecimal tolerance(QuestionDraft draft) {
		if (draft.kind() != QuestionKind.NUMERIC) {
			return null;
		}
		return draft.tolerance() == null ? BigDecimal.ZERO : draft.tolerance();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
