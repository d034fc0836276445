package id.pelita.reporting.internal;

import id.pelita.reporting.RunFunnel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organiser report figures, aggregated in SQL over the enrolment, attendance, completion and certificate tables. */
@Repository
public class RunReportStore {

	private final JdbcClient jdbc;

	RunReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public RunFunnel funnel(long runId) {
		return this.jdbc.sql("""
				select
				  (select count(*) from enrolment e where e.run_id = :run) as nominated,
				  (select count(*) from enrolment e where e.run_id = :run and e.status = 'CONFIRMED') as confirmed,
				  (select count(*) from enrolment e where e.run_id = :run and e.status = 'CONFIRMED'
				     and exists (select 1 from attendance_interval a join live_session s on s.id = a.session_id
				                 where s.run_id = :run and a.account_id = e.account_id)) as attended,
				  (select count(*) from learning_completion c where c.run_id = :run and c.status = 'COMPLETED') as completed,
				  (select count(*) from certificate c where c.run_id = :run and c.status = 'VALID') as certified
				""")
			.param("run", runId)
			.query((rs, n) -> new RunFunnel(runId, rs.getLong("nominated"), rs.getLong("confirmed"),
					rs.getLong("attended"), rs.getLong("completed"), rs.getLong("certified")))
			.single();
	}

}
