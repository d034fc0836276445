package id.pelita.learning.internal.path;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** People's progress in modules: opened (started), last opened, done. Every write is idempotent. */
@Repository
public class ProgressStore {

	private final JdbcTemplate jdbc;

	ProgressStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The person opened the module: started once, last opened every time. */
	public void opened(long runId, long moduleId, long accountId, Instant now) {
		Timestamp at = Timestamp.from(now);
		int updated = this.jdbc.update(
				"update learning_progress set last_opened_at = ? where module_id = ? and account_id = ?", at,
				moduleId, accountId);
		if (updated == 0) {
			this.jdbc.update("""
					insert into learning_progress (module_id, account_id, run_id, started_at, last_opened_at)
					values (?, ?, ?, ?, ?) on conflict do nothing""", moduleId, accountId, runId, at, at);
		}
	}

	/** The person finished the module; returns false when it was done already. */
	public boolean done(long runId, long moduleId, long accountId, Instant now) {
		opened(runId, moduleId, accountId, now);
		return this.jdbc.update(
				"update learning_progress set done_at = ? where module_id = ? and account_id = ? and done_at is null",
				Timestamp.from(now), moduleId, accountId) > 0;
	}

	/** Every progress row of the run, or of one person in it. */
	public Map<Long, List<Row>> ofRun(long runId, @Nullable Long accountId) {
		String sql = "select account_id, module_id, last_opened_at, done_at from learning_progress where run_id = ?"
				+ (accountId == null ? "" : " and account_id = ?");
		Object[] args = accountId == null ? new Object[] { runId } : new Object[] { runId, accountId };
		Map<Long, List<Row>> byPerson = new HashMap<>();
		this.jdbc.query(sql, rs -> {
			Timestamp done = rs.getTimestamp(4);
			byPerson.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
				.add(new Row(rs.getLong(2), rs.getTimestamp(3).toInstant(), done == null ? null : done.toInstant()));
		}, args);
		return byPerson;
	}

	/** Whether anyone has started anything in the run. */
	public boolean anyStarted(long runId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from (select 1 from learning_progress where run_id = ? fetch first 1 rows only) x",
				Integer.class, runId);
		return count != null && count > 0;
	}

	/** Whether anyone has started one of these modules. */
	public boolean anyStartedIn(Collection<Long> moduleIds) {
		if (moduleIds.isEmpty()) {
			return false;
		}
		String marks = String.join(",", java.util.Collections.nCopies(moduleIds.size(), "?"));
		Integer count = this.jdbc.queryForObject(
				"select count(*) from learning_progress where module_id in (" + marks + ")", Integer.class,
				moduleIds.toArray());
		return count != null && count > 0;
	}

	/** A person's progress in one module. */
	public record Row(long moduleId, Instant lastOpenedAt, @Nullable Instant doneAt) {
	}

}
