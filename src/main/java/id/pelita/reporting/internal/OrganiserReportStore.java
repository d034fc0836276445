package id.pelita.reporting.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.pelita.reporting.AgencyParticipation;
import id.pelita.reporting.RunMonthRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisers' reports across runs, each in one SQL statement over the run, enrolment, completion, survey,
 * certificate and ledger tables.
 */
@Repository
public class OrganiserReportStore {

	private final JdbcClient jdbc;

	OrganiserReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The runs of the month (drafts and cancelled runs left out), by start date. */
	public List<RunMonthRow> month(YearMonth month) {
		return this.jdbc.sql("""
				select r.id, c.title, r.name, r.starts_on, r.ends_on, r.seats,
				  (select count(*) from enrolment e where e.run_id = r.id and e.status = 'CONFIRMED') as confirmed,
				  (select count(*) from learning_completion lc
				     where lc.run_id = r.id and lc.status = 'COMPLETED') as completed,
				  (select coalesce(sum(sa.rating), 0) from survey_answer sa
				     join survey_response sr on sr.response_key = sa.response_key
				     join learning_module m on m.id = sr.module_id
				     where m.run_id = r.id and sa.rating is not null) as rating_sum,
				  (select count(sa.rating) from survey_answer sa
				     join survey_response sr on sr.response_key = sa.response_key
				     join learning_module m on m.id = sr.module_id
				     where m.run_id = r.id and sa.rating is not null) as ratings
				from course_run r join course c on c.id = r.course_id
				where r.run_month = :month and r.status not in ('DRAFT', 'CANCELLED')
				order by r.starts_on, c.title, r.id""")
			.param("month", Date.valueOf(month.atDay(1)))
			.query((rs, n) -> new RunMonthRow(rs.getLong("id"), rs.getString("title"), rs.getString("name"),
					rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
					rs.getInt("seats"), rs.getLong("confirmed"),
					rs.getLong("completed"), rs.getLong("rating_sum"), rs.getLong("ratings")))
			.list();
	}

	/**
	 * Per agency: its people's enrolments in the year's runs, drafts and cancelled runs left out (by the agency they
	 * enrolled from), and the JP its
	 * current employees earned in the year; agencies with neither are left out.
	 */
	public List<AgencyParticipation> agencies(int year) {
		return this.jdbc.sql("""
				select g.id, g.code, g.name,
				       coalesce(p.nominated, 0) as nominated, coalesce(p.confirmed, 0) as confirmed,
				       coalesce(p.completed, 0) as completed, coalesce(p.certified, 0) as certified,
				       coalesce(j.jp, 0) as jp
				from agency g
				left join (select e.agency_id,
				                  count(*) as nominated,
				                  sum(case when e.status = 'CONFIRMED' then 1 else 0 end) as confirmed,
				                  sum(case when lc.status = 'COMPLETED' then 1 else 0 end) as completed,
				                  sum(case when exists (select 1 from certificate ct where ct.run_id = e.run_id
				                                          and ct.account_id = e.account_id and ct.status = 'VALID')
				                           then 1 else 0 end) as certified
				           from enrolment e
				           join course_run r on r.id = e.run_id
				           left join learning_completion lc on lc.run_id = e.run_id and lc.account_id = e.account_id
				           where r.run_month >= :from and r.run_month < :to and e.agency_id is not null
				             and r.status not in ('DRAFT', 'CANCELLED')
				           group by e.agency_id) p on p.agency_id = g.id
				left join (select a.agency_id, sum(l.jp) as jp
				           from jp_ledger_entry l join account a on a.id = l.account_id
				           where l.jp_year = :year and l.voided_at is null and a.nip is not null
				           group by a.agency_id) j on j.agency_id = g.id
				where p.agency_id is not null or j.agency_id is not null
				order by g.code""")
			.param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.param("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
			.param("year", year)
			.query((rs, n) -> new AgencyParticipation(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getLong("nominated"), rs.getLong("confirmed"), rs.getLong("completed"), rs.getLong("certified"),
					rs.getBigDecimal("jp")))
			.list();
	}

}
