package id.pelita.learning.internal.path;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import id.pelita.learning.CompletionRule;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** A run's own path: whether its modules were copied, and its completion rule ({@code learning_run_path}). */
@Repository
public class RunPathStore {

	private final JdbcTemplate jdbc;

	RunPathStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public boolean exists(long runId) {
		Integer count = this.jdbc.queryForObject("select count(*) from learning_run_path where run_id = ?",
				Integer.class, runId);
		return count != null && count > 0;
	}

	/** Claims the copy of the run's path; true for the one caller (of any node) that is to copy it. */
	public boolean claim(long runId, Instant now) {
		return this.jdbc.update("""
				insert into learning_run_path (run_id, copied_at, require_modules, rule_updated_at)
				values (?, ?, true, ?) on conflict do nothing""", runId, Timestamp.from(now), Timestamp.from(now)) > 0;
	}

	public Optional<CompletionRule> rule(long runId) {
		return this.jdbc.query("""
				select run_id, require_modules, post_test_module_id, attendance_threshold, evaluation_module_id
				from learning_run_path where run_id = ?""",
				(rs, row) -> new CompletionRule(rs.getLong(1), rs.getBoolean(2), ModuleStore.nullableLong(rs,
						"post_test_module_id"), rs.getBigDecimal(4), ModuleStore.nullableLong(rs,
								"evaluation_module_id")),
				runId).stream().findFirst();
	}

	public void saveRule(CompletionRule rule, Instant now) {
		this.jdbc.update("""
				update learning_run_path set require_modules = ?, post_test_module_id = ?, attendance_threshold = ?,
				evaluation_module_id = ?, rule_updated_at = ? where run_id = ?""", rule.requireModules(),
				rule.postTestModuleId(), rule.attendanceThreshold(), rule.evaluationModuleId(), Timestamp.from(now),
				rule.runId());
	}

}
