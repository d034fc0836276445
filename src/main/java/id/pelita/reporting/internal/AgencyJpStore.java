package id.pelita.reporting.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import id.pelita.reporting.CohortRow;
import id.pelita.reporting.EmployeeJp;
import id.pelita.reporting.EmployeeJpOrder;
import id.pelita.reporting.MonthlyParticipation;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The agency dashboard's lists and series, in SQL over accounts, the ledger, enrolments, runs and completions.
 * Employees are counted as in {@link ComplianceStore}: accounts with a NIP whose current agency is in the given
 * set; their year's JP is the sum of the ledger rows of that {@code jp_year} that are not voided.
 */
@Repository
public class AgencyJpStore {

	/**
	 * The employees with their year's JP: per employee one sum over V74's covering index (an index-only scan of
	 * their few ledger rows), inside a derived table fenced by {@code offset 0 rows} so that PostgreSQL computes the
	 * sum once per employee and then filters and sorts on it (without the fence it pulls the {@code jp < :below}
	 * filter down and sums twice). Summing the whole year's ledger first and joining it, as before, made
	 * PostgreSQL read all 280,000 ledger rows for a regency's 10,000 employees: 67 ms against 42 ms for this in
	 * psql, 110 ms through the service (ComplianceBenchmarks; EXPLAIN in the decision record of 3 December 2026).
	 * Filters are appended to the inner {@code where}. Pages and counts read this.
	 */
	private static final String EMPLOYEES = """
			select a.id, a.nip, a.full_name, a.rank_grade, a.position, g.name as unit_name,
			       coalesce((select sum(e.jp) from jp_ledger_entry e
			                 where e.account_id = a.id and e.jp_year = :year and e.voided_at is null), 0) as jp
			from account a join agency g on g.id = a.agency_id
			where a.nip is not null and a.agency_id in (:agencies)""";

	/**
	 * Every employee with their year's JP for exports: the ledger of the year summed per account in one grouped pass
	 * over the covering index and joined to the names; when every employee of a province is read, that is cheaper
	 * than a sum per employee.
	 */
	private static final String ALL_EMPLOYEES = """
			select a.id, a.nip, a.full_name, a.rank_grade, a.position, g.name as unit_name,
			       coalesce(l.jp, 0) as jp
			from account a join agency g on g.id = a.agency_id
			left join (select e.account_id, sum(e.jp) as jp from jp_ledger_entry e
			           where e.jp_year = :year and e.voided_at is null
			             and e.account_id in (select x.id from account x
			                                  where x.nip is not null and x.agency_id in (:agencies))
			           group by e.account_id) l on l.account_id = a.id
			where a.nip is not null and a.agency_id in (:agencies)""";

	private final NamedParameterJdbcTemplate named;

	private final NamedParameterJdbcTemplate streaming;

	AgencyJpStore(DataSource dataSource) {
		this.named = new NamedParameterJdbcTemplate(new JdbcTemplate(dataSource));
		JdbcTemplate fetching = new JdbcTemplate(dataSource);
		fetching.setFetchSize(1000);
		this.streaming = new NamedParameterJdbcTemplate(fetching);
	}

	/** What narrows an employee list: agencies (required), an exact rank, an exact position, JP below a bound. */
	public record Selection(Collection<Long> agencies, int year, @Nullable String rankGrade,
			@Nullable String position, @Nullable BigDecimal below) {
	}

	/** A page of the selected employees in the given order (ties by name, then account). */
	public List<EmployeeJp> employees(Selection selection, EmployeeJpOrder order, long offset, int limit) {
		MapSqlParameterSource params = params(selection).addValue("offset", offset).addValue("limit", limit);
		return this.named.query(selected(selection) + " order by " + orderBy(order)
				+ " limit :limit offset :offset", params, (rs, row) -> employee(rs));
	}

	/** How many employees the selection holds. */
	public long count(Selection selection) {
		Long count = this.named.queryForObject("select count(*) from (" + selected(selection) + ") c",
				params(selection), Long.class);
		return count == null ? 0 : count;
	}

	/** Every selected employee, one at a time as they are read (for exports of any size), by unit and name. */
	public void eachEmployee(Selection selection, Consumer<EmployeeJp> consumer) {
		this.streaming.query(selected(ALL_EMPLOYEES, selection) + " order by t.unit_name, t.full_name, t.id",
				params(selection),
				rs -> {
					consumer.accept(employee(rs));
				});
	}

	/** The distinct ranks or positions of the agencies' employees, for the list's filters. */
	public List<String> distinct(Collection<Long> agencies, boolean ranks) {
		String column = ranks ? "rank_grade" : "position";
		return this.named.queryForList("select distinct " + column + " from account where nip is not null and "
				+ column + " is not null and agency_id in (:agencies) order by " + column,
				new MapSqlParameterSource("agencies", agencies), String.class);
	}

	/** Per run month of the year: the agencies' people put forward, confirmed, completed and not completed. */
	public List<MonthlyParticipation> participation(Collection<Long> agencies, int year, LocalDate today) {
		List<MonthlyParticipation> months = new ArrayList<>();
		this.named.query("select t.run_month, " + COUNTS + " from (" + ENROLMENTS
				+ ") t group by t.run_month order by t.run_month", participationParams(agencies, year, today),
				rs -> {
					months.add(new MonthlyParticipation(rs.getObject("run_month", LocalDate.class).getMonthValue(),
							rs.getLong("nominated"), rs.getLong("confirmed"), rs.getLong("completed"),
							rs.getLong("not_completed")));
				});
		return months;
	}

	/** Per run of the year: the agencies' people put forward, confirmed, completed and not completed. */
	public void eachCohort(Collection<Long> agencies, int year, LocalDate today, Consumer<CohortRow> consumer) {
		this.streaming.query("select t.run_id, t.run_month, t.run_name, t.course_title, " + COUNTS + " from ("
				+ ENROLMENTS + ") t group by t.run_id, t.run_month, t.run_name, t.course_title"
				+ " order by t.run_month, t.course_title, t.run_name, t.run_id",
				participationParams(agencies, year, today),
				rs -> {
					consumer.accept(new CohortRow(rs.getLong("run_id"),
							YearMonth.from(rs.getObject("run_month", LocalDate.class)), rs.getString("run_name"),
							rs.getString("course_title"), rs.getLong("nominated"), rs.getLong("confirmed"),
							rs.getLong("completed"), rs.getLong("not_completed")));
				});
	}

	/**
	 * JP credited to the agencies' employees per month of the year (1 to 12; months without any left out). An
	 * external training counts in the month it ended; a certificate in the month (in the zone) of the completion it
	 * was issued for, as its year is (a certificate issued in January for a December completion counts in
	 * December); a credit without its certificate row in the month it was credited. Anything before the year falls
	 * in January, after it in December.
	 */
	public Map<Integer, BigDecimal> jpByMonth(Collection<Long> agencies, int year, ZoneId zone) {
		MapSqlParameterSource params = new MapSqlParameterSource("agencies", agencies).addValue("year", year);
		StringBuilder months = new StringBuilder("case when x.id is not null then cast(extract(month from "
				+ "x.end_date) as integer)");
		for (int month = 2; month <= 12; month++) {
			Instant start = YearMonth.of(year, month).atDay(1).atStartOfDay(zone).toInstant();
			params.addValue("m" + month, Timestamp.from(start));
			months.append(" when coalesce(c.completed_at, e.recorded_at) < :m").append(month).append(" then ").append(month - 1);
		}
		months.append(" else 12 end");
		Map<Integer, BigDecimal> result = new HashMap<>();
		this.named.query("select t.m, sum(t.jp) as jp from (select " + months + " as m, e.jp"
				+ " from jp_ledger_entry e join account a on a.id = e.account_id"
				+ " left join jp_external_entry x on e.source_type = 'EXTERNAL' and x.id = e.source_id"
				+ " left join certificate c on e.source_type = 'CERTIFICATE' and c.id = e.source_id"
				+ " where e.jp_year = :year and e.voided_at is null and a.nip is not null"
				+ " and a.agency_id in (:agencies)) t group by t.m", params, rs -> {
					result.put(rs.getInt("m"), plain(rs.getBigDecimal("jp")));
				});
		return result;
	}

	/** Per agency (not its sub-units): employees and how many reached the target in the year. */
	public Map<Long, long[]> employeesPerAgency(int year, double target) {
		Map<Long, long[]> result = new HashMap<>();
		this.named.query("select t.agency_id, count(*) as employees,"
				+ " coalesce(sum(case when t.jp >= :target then 1 else 0 end), 0) as reached"
				+ " from (select a.agency_id, coalesce((select sum(e.jp) from jp_ledger_entry e"
				+ " where e.account_id = a.id and e.jp_year = :year and e.voided_at is null), 0) as jp"
				+ " from account a where a.nip is not null and a.agency_id is not null) t group by t.agency_id",
				new MapSqlParameterSource("year", year).addValue("target", target), rs -> {
					result.put(rs.getLong("agency_id"), new long[] { rs.getLong("employees"), rs.getLong("reached") });
				});
		return result;
	}

	private static final String ENROLMENTS = """
			select r.id as run_id, r.run_month, r.name as run_name, co.title as course_title, en.status,
			       r.ends_on, c.status as completion
			from enrolment en join course_run r on r.id = en.run_id join course co on co.id = r.course_id
			join account a on a.id = en.account_id
			left join learning_completion c on c.run_id = en.run_id and c.account_id = en.account_id
			where a.nip is not null and a.agency_id in (:agencies) and r.run_month >= :from and r.run_month < :to""";

	private static final String COUNTS = """
			count(*) as nominated,
			coalesce(sum(case when t.status = 'CONFIRMED' then 1 else 0 end), 0) as confirmed,
			coalesce(sum(case when t.completion = 'COMPLETED' then 1 else 0 end), 0) as completed,
			coalesce(sum(case when t.status = 'CONFIRMED' and t.ends_on < :today
			    and (t.completion is null or t.completion <> 'COMPLETED') then 1 else 0 end), 0) as not_completed""";

	private static MapSqlParameterSource participationParams(Collection<Long> agencies, int year, LocalDate today) {
		return new MapSqlParameterSource("agencies", agencies).addValue("from", LocalDate.of(year, 1, 1))
			.addValue("to", LocalDate.of(year + 1, 1, 1))
			.addValue("today", today);
	}

	private static String selected(Selection selection) {
		return selected(EMPLOYEES, selection);
	}

	private static String selected(String employees, Selection selection) {
		StringBuilder sql = new StringBuilder("select * from (").append(employees);
		if (selection.rankGrade() != null) {
			sql.append(" and a.rank_grade = :rank");
		}
		if (selection.position() != null) {
			sql.append(" and a.position = :position");
		}
		sql.append(" offset 0 rows) t");
		if (selection.below() != null) {
			sql.append(" where t.jp < :below");
		}
		return sql.toString();
	}

	private static MapSqlParameterSource params(Selection selection) {
		return new MapSqlParameterSource("agencies", selection.agencies()).addValue("year", selection.year())
			.addValue("rank", selection.rankGrade())
			.addValue("position", selection.position())
			.addValue("below", selection.below());
	}

	private static String orderBy(EmployeeJpOrder order) {
		String column = switch (order.column()) {
			case NAME -> "t.full_name";
			case NIP -> "t.nip";
			case UNIT -> "t.unit_name";
			case RANK -> "coalesce(t.rank_grade, '')";
			case POSITION -> "coalesce(t.position, '')";
			case JP -> "t.jp";
		};
		String direction = order.descending() ? " desc" : " asc";
		return column + direction + ", t.full_name" + direction + ", t.id" + direction;
	}

	private static EmployeeJp employee(ResultSet rs) throws SQLException {
		return new EmployeeJp(rs.getLong("id"), rs.getString("nip"), rs.getString("full_name"),
				rs.getString("unit_name"), rs.getString("rank_grade"), rs.getString("position"),
				plain(rs.getBigDecimal("jp")));
	}

	/** 20.00 as 20 and 9.50 as 9.5 (never 2E+1). */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
