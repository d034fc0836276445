package id.pelita.learning.internal.path;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who completed which run ({@code learning_completion}): one row per person and run, written only if absent, so
 * that of any number of evaluations racing on any number of nodes exactly one inserts it and publishes
 * {@code ParticipantCompleted}. Hand-made marks and revocations are audited.
 */
@Repository
public class CompletionStore {

	private final JdbcTemplate jdbc;

	CompletionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the completion unless the person has a row for the run (completed or revoked); true if it did. */
	public boolean completeIfAbsent(long runId, long accountId, Instant at, boolean manual, @Nullable String reason,
			@Nullable Long actor) {
		return this.jdbc.update("""
				insert into learning_completion (run_id, account_id, status, completed_at, manual, reason,
				actor_account_id) values (?, ?, 'COMPLETED', ?, ?, ?, ?) on conflict do nothing""", runId, accountId,
				Timestamp.from(at), manual, reason, actor) > 0;
	}

	/** Completes a revoked completion again (by hand); true if it was revoked. */
	public boolean reinstate(long runId, long accountId, Instant at, String reason, long actor) {
		return this.jdbc.update("""
				update learning_completion set status = 'COMPLETED', completed_at = ?, manual = true, reason = ?,
				actor_account_id = ?, revoked_at = null, revoke_reason = null
				where run_id = ? and account_id = ? and status = 'REVOKED'""", Timestamp.from(at), reason, actor,
				runId, accountId) > 0;
	}

	/** Revokes a completion; true if there was one to revoke. */
	public boolean revoke(long runId, long accountId, Instant at, String reason) {
		return this.jdbc.update("""
				update learning_completion set status = 'REVOKED', revoked_at = ?, revoke_reason = ?
				where run_id = ? and account_id = ? and status = 'COMPLETED'""", Timestamp.from(at), reason, runId,
				accountId) > 0;
	}

	public Optional<Completion> find(long runId, long accountId) {
		return this.jdbc.query(SELECT + " where run_id = ? and account_id = ?", (rs, row) -> completion(rs), runId,
				accountId).stream().findFirst();
	}

	/** Every completion row of the run by account. */
	public Map<Long, Completion> ofRun(long runId) {
		Map<Long, Completion> found = new HashMap<>();
		this.jdbc.query(SELECT + " where run_id = ?", rs -> {
			Completion completion = completion(rs);
			found.put(completion.accountId(), completion);
		}, runId);
		return found;
	}

	public int countCompleted(long runId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from learning_completion where run_id = ? and status = 'COMPLETED'", Integer.class,
				runId);
		return count == null ? 0 : count;
	}

	private static final String SELECT = """
			select account_id, status, completed_at, manual, reason, revoked_at, revoke_reason
			from learning_completion""";

	private static Completion completion(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp revoked = rs.getTimestamp(6);
		return new Completion(rs.getLong(1), "COMPLETED".equals(rs.getString(2)), rs.getTimestamp(3).toInstant(),
				rs.getBoolean(4), rs.getString(5), revoked == null ? null : revoked.toInstant(), rs.getString(7));
	}

	/** A completion row: {@code completed} false once revoked. */
	public record Completion(long accountId, boolean completed, Instant completedAt, boolean manual,
			@Nullable String reason, @Nullable Instant revokedAt, @Nullable String revokeReason) {
	}

}
