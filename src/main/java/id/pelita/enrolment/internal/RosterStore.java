package id.pelita.enrolment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who holds a confirmed seat in which run, in plain SQL, for {@code RunRoster}. */
@Repository
public class RosterStore {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	RosterStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	public List<Long> confirmedAccounts(long runId) {
		return this.jdbc.queryForList(
				"select account_id from enrolment where run_id = ? and status = 'CONFIRMED' order by account_id",
				Long.class, runId);
	}

	public boolean isConfirmed(long runId, long accountId) {
		Integer found = this.jdbc.queryForObject(
				"select count(*) from enrolment where run_id = ? and account_id = ? and status = 'CONFIRMED'",
				Integer.class, runId, accountId);
		return found != null && found > 0;
	}

	public Set<Long> confirmedRuns(long accountId) {
		return Set.copyOf(this.jdbc.queryForList(
				"select run_id from enrolment where account_id = ? and status = 'CONFIRMED'", Long.class, accountId));
	}

	public Set<Long> confirmedRuns(long accountId, Collection<Long> runIds) {
		if (runIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.named.queryForList(
				"select run_id from enrolment where account_id = :account and status = 'CONFIRMED' and run_id in (:runs)",
				new MapSqlParameterSource("account", accountId).addValue("runs", runIds), Long.class));
	}

}
