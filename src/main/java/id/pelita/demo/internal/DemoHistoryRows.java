package id.pelita.demo.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the demo's past runs with their enrolments, completions and JP credits in a few batched statements. Only
 * the demo data does this (the modules write their own tables everywhere else): issuing hundreds of certificates
 * at start-up would render hundreds of PDFs. A history credit stands for the certificate of a completion the way
 * the reporting module credits one (source {@code CERTIFICATE}, the course's JP, the year of completion), with a
 * negative source id, so that it can never take the place of a real certificate's credit.
 */
@Repository
public class DemoHistoryRows {

	private final JdbcTemplate jdbc;

	DemoHistoryRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A demo employee: an account whose user name is its NIP, in the agency it works in. */
	public record Employee(long accountId, long agencyId) {
	}

	/** One enrolment of the history; {@code completedAt} null when the participant did not complete. */
	public record Enrolment(long runId, long accountId, long agencyId, boolean nominated,
			@Nullable Instant completedAt, BigDecimal jp, String description) {
	}

	public List<Employee> employees() {
		return this.jdbc.query("""
				select id, agency_id from account where nip is not null and username = nip and agency_id is not null
				order by id""", (rs, n) -> new Employee(rs.getLong(1), rs.getLong(2)));
	}

	/** A published run whose dates have passed (it reads as finished); returns its id. */
	public long run(long courseId, String name, YearMonth month, Instant opens, Instant closes, LocalDate starts,
			LocalDate ends, int seats, Instant now) {
		this.jdbc.update("""
				insert into course_run (course_id, name, run_month, registration_opens_at, registration_closes_at,
				    starts_on, ends_on, seats, enrolment_mode, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 'PUBLISHED', ?, ?)""", courseId, name,
				Date.valueOf(month.atDay(1)), Timestamp.from(opens), Timestamp.from(closes), Date.valueOf(starts),
				Date.valueOf(ends), seats, Timestamp.from(now), Timestamp.from(now));
		return this.jdbc.queryForObject("select max(id) from course_run where course_id = ? and run_month = ?",
				Long.class, courseId, Date.valueOf(month.atDay(1)));
	}

	/** The enrolments (confirmed), the completions and their credits, and each run's seat counter. */
	public void enrol(List<Enrolment> enrolments, List<Long> runIds, Instant now) {
		Timestamp at = Timestamp.from(now);
		this.jdbc.batchUpdate("""
				insert into enrolment (run_id, account_id, agency_id, seat_pool, status, source, created_at, updated_at)
				values (?, ?, ?, 0, 'CONFIRMED', ?, ?, ?)""", rows(enrolments, e -> new Object[] { e.runId(),
				e.accountId(), e.agencyId(), e.nominated() ? "NOMINATION" : "SELF", at, at }));
		List<Enrolment> completed = enrolments.stream().filter(e -> e.completedAt() != null).toList();
		this.jdbc.batchUpdate("""
				insert into learning_completion (run_id, account_id, status, completed_at, manual)
				values (?, ?, 'COMPLETED', ?, false)""", rows(completed,
				e -> new Object[] { e.runId(), e.accountId(), Timestamp.from(e.completedAt()) }));
		this.jdbc.batchUpdate("""
				insert into jp_ledger_entry (account_id, jp_year, jp, source_type, source_id, description, recorded_at)
				values (?, ?, ?, 'CERTIFICATE', ?, ?, ?)""", rows(completed, e -> new Object[] { e.accountId(),
				e.completedAt().atZone(id.pelita.shared.time.IndonesianTime.DEFAULT_ZONE).getYear(), e.jp(),
				-(e.runId() * 1_000_000L + e.accountId()), e.description(), Timestamp.from(e.completedAt()) }));
		this.jdbc.batchUpdate("""
				insert into enrolment_run (run_id, confirmed) select ?, count(*) from enrolment
				where run_id = ? and status = 'CONFIRMED'""", rows(runIds, id -> new Object[] { id, id }));
	}

	private static <T> List<Object[]> rows(List<T> items, java.util.function.Function<T, Object[]> row) {
		List<Object[]> rows = new ArrayList<>(items.size());
		items.forEach(item -> rows.add(row.apply(item)));
		return rows;
	}

}
