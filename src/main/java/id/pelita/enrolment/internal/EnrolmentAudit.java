package id.pelita.enrolment.internal;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who changed whose enrolment by hand, when and why: organisers' additions and removals, approvals, rejections. */
@Repository
public class EnrolmentAudit {

	private final JdbcTemplate jdbc;

	EnrolmentAudit(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void record(Enrolment enrolment, Action action, long actorAccountId, @Nullable String reason, Instant at) {
		this.jdbc.update("""
				insert into enrolment_audit (enrolment_id, run_id, account_id, action, actor_account_id, reason, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""", (PreparedStatement statement) -> {
			statement.setLong(1, enrolment.id());
			statement.setLong(2, enrolment.runId());
			statement.setLong(3, enrolment.accountId());
			statement.setString(4, action.name());
			statement.setLong(5, actorAccountId);
			statement.setString(6, reason);
			EnrolmentStore.setInstant(statement, 7, at);
		});
	}

	/** The audit entries of a run, oldest first. */
	public List<Entry> ofRun(long runId) {
		return this.jdbc.query("""
				select enrolment_id, account_id, action, actor_account_id, reason, created_at from enrolment_audit
				where run_id = ? order by created_at, id""",
				(rs, row) -> new Entry(rs.getLong(1), rs.getLong(2), Action.valueOf(rs.getString(3)), rs.getLong(4),
						rs.getString(5), EnrolmentStore.getInstant(rs, "created_at")),
				runId);
	}

	/** What was done by hand. */
	public enum Action {

		ADDED, REMOVED, APPROVED, REJECTED

	}

	/** One audit entry. */
	public record Entry(long enrolmentId, long accountId, Action action, long actorAccountId, @Nullable String reason,
			Instant at) {
	}

}
