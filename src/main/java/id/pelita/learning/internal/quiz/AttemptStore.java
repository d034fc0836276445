package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.pelita.learning.QuestionKind;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Quiz attempts and their questions (slots) with the answers as given and the points awarded. */
@Component
public class AttemptStore {

	private static final String COLUMNS = """
			id, module_id, run_id, account_id, number, status, started_at, deadline_at, submitted_at, submitted_by,
			points, max_points, score from quiz_attempt""";

	private static final RowMapper<Attempt> ATTEMPT = (rs, n) -> new Attempt(rs.getLong(1), rs.getLong(2),
			rs.getLong(3), rs.getLong(4), rs.getInt(5), "SUBMITTED".equals(rs.getString(6)), instant(rs, 7),
			instant(rs, 8), instant(rs, 9), rs.getString(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
			rs.getBigDecimal(13));

	private static final RowMapper<Slot> SLOT = (rs, n) -> new Slot(rs.getInt(1), rs.getLong(2), rs.getString(3),
			rs.getBigDecimal(4), rs.getString(5), instant(rs, 6), rs.getBigDecimal(7),
			(Integer) rs.getObject(8, Integer.class), QuestionKind.valueOf(rs.getString(9)));

	private final JdbcTemplate jdbc;

	AttemptStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the person's row of the quiz (made on first use) until the transaction ends. */
	public void lockTaker(long moduleId, long accountId) {
		this.jdbc.update("insert into quiz_taker (module_id, account_id) values (?, ?) on conflict do nothing", moduleId,
				accountId);
		this.jdbc.queryForList("select account_id from quiz_taker where module_id = ? and account_id = ? for update",
				Long.class, moduleId, accountId);
	}

	public List<Attempt> attempts(long moduleId, long accountId) {
		return this.jdbc.query("select " + COLUMNS + " where module_id = ? and account_id = ? order by number", ATTEMPT,
				moduleId, accountId);
	}

	public List<Attempt> ofRunModule(long runId, long moduleId) {
		return this.jdbc.query("select " + COLUMNS + " where run_id = ? and module_id = ? order by account_id, number",
				ATTEMPT, runId, moduleId);
	}

	public Optional<Attempt> find(long attemptId) {
		return this.jdbc.query("select " + COLUMNS + " where id = ?", ATTEMPT, attemptId).stream().findFirst();
	}

	/** The attempt, locked until the transaction ends (submit, answer, regrade take turns). */
	public Optional<Attempt> lock(long attemptId) {
		return this.jdbc.query("select " + COLUMNS + " where id = ? for update", ATTEMPT, attemptId).stream().findFirst();
	}

	public long insert(long moduleId, long runId, long accountId, int number, Instant startedAt,
			@Nullable Instant deadline, BigDecimal maxPoints, List<NewSlot> slots) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		JdbcClient.create(this.jdbc).sql("""
				insert into quiz_attempt (module_id, run_id, account_id, number, status, started_at, deadline_at,
				max_points) values (?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
			.params(moduleId, runId, accountId, number, Timestamp.from(startedAt),
					deadline == null ? null : Timestamp.from(deadline), maxPoints)
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		this.jdbc.batchUpdate("""
				insert into quiz_attempt_question (attempt_id, slot, question_id, option_order, max_points)
				values (?, ?, ?, ?, ?)""",
				slots.stream().map(s -> new Object[] { id, s.slot(), s.questionId(), s.optionOrder(), s.maxPoints() }).toList());
		return id;
	}

	public List<Slot> slots(long attemptId) {
		return this.jdbc.query("""
				select s.slot, s.question_id, s.option_order, s.max_points, s.answer, s.answered_at, s.awarded,
				s.graded_key_version, q.kind from quiz_attempt_question s join quiz_question q on q.id = s.question_id
				where s.attempt_id = ? order by s.slot""", SLOT, attemptId);
	}

	public Optional<Slot> slot(long attemptId, int slot) {
		return this.jdbc.query("""
				select s.slot, s.question_id, s.option_order, s.max_points, s.answer, s.answered_at, s.awarded,
				s.graded_key_version, q.kind from quiz_attempt_question s join quiz_question q on q.id = s.question_id
				where s.attempt_id = ? and s.slot = ?""", SLOT, attemptId, slot)
			.stream()
			.findFirst();
	}

	public void saveAnswer(long attemptId, int slot, @Nullable String answer, Instant at) {
		this.jdbc.update("update quiz_attempt_question set answer = ?, answered_at = ? where attempt_id = ? and slot = ?",
				answer, Timestamp.from(at), attemptId, slot);
	}

	/** Stores the points of each slot and the attempt's total; marks it submitted when it was open. */
	public void grade(long attemptId, List<GradedSlot> slots, BigDecimal points, BigDecimal score, Instant gradedAt,
			@Nullable Instant submittedAt, @Nullable String submittedBy) {
		this.jdbc.batchUpdate("""
				update quiz_attempt_question set awarded = ?, graded_key_version = ? where attempt_id = ? and slot = ?""",
				slots.stream().map(s -> new Object[] { s.awarded(), s.keyVersion(), attemptId, s.slot() }).toList());
		if (submittedAt != null) {
			this.jdbc.update("""
					update quiz_attempt set status = 'SUBMITTED', submitted_at = ?, submitted_by = ?, points = ?,
					score = ?, graded_at = ?, version = version + 1 where id = ?""", Timestamp.from(submittedAt),
					submittedBy, points, score, Timestamp.from(gradedAt), attemptId);
		}
		else {
			this.jdbc.update("update quiz_attempt set points = ?, score = ?, graded_at = ?, version = version + 1 where id = ?",
					points, score, Timestamp.from(gradedAt), attemptId);
		}
	}

	/** Open attempts whose deadline passed before the cut-off, oldest first. */
	public List<Long> expired(Instant cutoff, int limit) {
		return this.jdbc.queryForList("""
				select id from quiz_attempt where status = 'OPEN' and deadline_at is not null and deadline_at < ?
				order by deadline_at fetch first ? rows only""", Long.class, Timestamp.from(cutoff), limit);
	}

	/** Submitted attempts that drew the question. */
	public List<Long> submittedWithQuestion(long questionId) {
		return this.jdbc.queryForList("""
				select distinct a.id from quiz_attempt a join quiz_attempt_question s on s.attempt_id = a.id
				where s.question_id = ? and a.status = 'SUBMITTED' order by a.id""", Long.class, questionId);
	}

	/** Submitted attempts graded against an older key of the question than its current one. */
	public int staleWithQuestion(long questionId) {
		Integer count = this.jdbc.queryForObject("""
				select count(distinct a.id) from quiz_attempt a join quiz_attempt_question s on s.attempt_id = a.id
				join quiz_question q on q.id = s.question_id where s.question_id = ? and a.status = 'SUBMITTED'
				and (s.graded_key_version is null or s.graded_key_version <> q.key_version)""", Integer.class,
				questionId);
		return count == null ? 0 : count;
	}

	public List<Long> submittedOfModule(long moduleId) {
		return this.jdbc.queryForList("select id from quiz_attempt where module_id = ? and status = 'SUBMITTED' order by id",
				Long.class, moduleId);
	}

	/** Every graded slot of the run's attempts of the module: attempt id, question id, awarded, max. */
	public List<SlotScore> slotScores(long runId, long moduleId) {
		return this.jdbc.query("""
				select s.attempt_id, s.question_id, s.awarded, s.max_points from quiz_attempt_question s
				join quiz_attempt a on a.id = s.attempt_id where a.run_id = ? and a.module_id = ?
				and a.status = 'SUBMITTED'""",
				(rs, n) -> new SlotScore(rs.getLong(1), rs.getLong(2),
						rs.getBigDecimal(3) == null ? BigDecimal.ZERO : rs.getBigDecimal(3), rs.getBigDecimal(4)),
				runId, moduleId);
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	public record Attempt(long id, long moduleId, long runId, long accountId, int number, boolean submitted,
			Instant startedAt, @Nullable Instant deadline, @Nullable Instant submittedAt, @Nullable String submittedBy,
			@Nullable BigDecimal points, BigDecimal maxPoints, @Nullable BigDecimal score) {

		public boolean timedOut() {
			return "TIMEOUT".equals(this.submittedBy);
		}

		/** This attempt as {@link AttemptStore#grade} leaves it. */
		public Attempt graded(BigDecimal points, BigDecimal score, @Nullable Instant submittedAt,
				@Nullable String submittedBy) {
			boolean now = submittedAt != null;
			return new Attempt(this.id, this.moduleId, this.runId, this.accountId, this.number, this.submitted || now,
					this.startedAt, this.deadline, now ? submittedAt : this.submittedAt,
					now ? submittedBy : this.submittedBy, points, this.maxPoints, score);
		}

	}

	public record Slot(int slot, long questionId, @Nullable String optionOrder, BigDecimal maxPoints,
			@Nullable String answer, @Nullable Instant answeredAt, @Nullable BigDecimal awarded,
			@Nullable Integer gradedKeyVersion, QuestionKind kind) {

		public List<Long> options() {
			return this.optionOrder == null || this.optionOrder.isEmpty() ? List.of()
					: java.util.Arrays.stream(this.optionOrder.split(",")).map(Long::valueOf).toList();
		}

	}

	public record NewSlot(int slot, long questionId, @Nullable String optionOrder, BigDecimal maxPoints) {
	}

	public record GradedSlot(int slot, BigDecimal awarded, int keyVersion) {
	}

	public record SlotScore(long attemptId, long questionId, BigDecimal awarded, BigDecimal maxPoints) {
	}

}
