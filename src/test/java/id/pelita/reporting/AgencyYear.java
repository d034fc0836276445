package id.pelita.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of an agency's data with totals worked out by hand, for the dashboard, export and API tests (the year
 * before this one, so that every run of it has ended). Agency {@link #root} with unit {@link #unit}, and
 * {@link #other} beside them:
 * <ul>
 * <li>Adi (root, III/a, Analis): a certificate of 12 JP credited at 00.10 WIB on 1 January (still 31 December in
 * UTC) and an external training of 8 JP that ended on 20 May, recorded on 1 June: exactly 20, reached;</li>
 * <li>Budi (root, III/b, Pranata): 9.5 JP credited 15 March, and 10 JP voided;</li>
 * <li>Citra (unit, III/a, Pranata): 24 JP, but in the year before: 0;</li>
 * <li>Dewi (unit, III/b, Analis): 15 JP credited at 23.30 WIB on 31 December, and 5 JP of the next year credited
 * half an hour later: 15;</li>
 * <li>Eko (other agency): 30 JP, never counted for the root;</li>
 * <li>the coordinators of the root and the unit: employees with 0 JP.</li>
 * </ul>
 * So the root has 6 employees, 1 reached (16.7%), 5 below target; JP by month (WIB) January 12, March 9.5, May 8,
 * December 15 (44.5 in all). Runs: one in March (Adi confirmed and completed, Budi confirmed and not completed,
 * Citra cancelled, Eko confirmed and completed) and one in April (Dewi confirmed and completed, Budi waitlisted).
 */
public final class AgencyYear {

	private static final AtomicLong SOURCES = new AtomicLong(System.nanoTime() % 1_000_000_000L + 5_000_000_000L);

	public final int year = LocalDate.now(IndonesianTime.DEFAULT_ZONE).getYear() - 1;

	public final long root;

	public final long unit;

	public final long other;

	public final String rootCode;

	public final String unitCode;

	public final PersonRef adi;

	public final PersonRef budi;

	public final PersonRef citra;

	public final PersonRef dewi;

	public final PersonRef eko;

	public final PelitaUser rootCoordinator;

	public final PelitaUser unitCoordinator;

	public final PelitaUser otherCoordinator;

	public final long marchRun;

	public final long aprilRun;

	private final JdbcTemplate jdbc;

	public AgencyYear(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcTemplate.class);
		EnrolmentFixtures fixtures = new EnrolmentFixtures(context);
		this.rootCode = "AY-" + SOURCES.incrementAndGet();
		this.root = agency(this.rootCode, null);
		this.unitCode = this.rootCode + ".01";
		this.unit = agency(this.unitCode, this.root);
		this.other = agency("AY-" + SOURCES.incrementAndGet(), null);
		this.adi = employee(fixtures, "Adi Saputra", this.root, "III/a", "Analis");
		this.budi = employee(fixtures, "Budi Santoso", this.root, "III/b", "Pranata");
		this.citra = employee(fixtures, "Citra Lestari", this.unit, "III/a", "Pranata");
		this.dewi = employee(fixtures, "Dewi Anggraini", this.unit, "III/b", "Analis");
		this.eko = employee(fixtures, "Eko Prasetyo", this.other, "III/c", "Analis");
		this.rootCoordinator = fixtures.coordinator(this.root);
		this.unitCoordinator = fixtures.coordinator(this.unit);
		this.otherCoordinator = fixtures.coordinator(this.other);
		certificate(this.adi, this.year, "12", wib(this.year, 1, 1, 0, 10), false);
		external(this.adi, "8", LocalDate.of(this.year, 5, 20), wib(this.year, 6, 1, 9, 0));
		certificate(this.budi, this.year, "9.5", wib(this.year, 3, 15, 10, 0), false);
		certificate(this.budi, this.year, "10", wib(this.year, 4, 15, 10, 0), true);
		certificate(this.citra, this.year - 1, "24", wib(this.year - 1, 8, 1, 10, 0), false);
		certificate(this.dewi, this.year, "15", wib(this.year, 12, 31, 23, 30), false);
		certificate(this.dewi, this.year + 1, "5", wib(this.year + 1, 1, 1, 0, 0), false);
		certificate(this.eko, this.year, "30", wib(this.year, 2, 1, 10, 0), false);
		long course = this.jdbc.queryForObject("select min(id) from course", Long.class);
		this.marchRun = run(course, "Angkatan Maret " + this.rootCode, LocalDate.of(this.year, 3, 1));
		this.aprilRun = run(course, "Angkatan April " + this.rootCode, LocalDate.of(this.year, 4, 1));
		enrol(this.marchRun, this.adi, "CONFIRMED", true);
		enrol(this.marchRun, this.budi, "CONFIRMED", false);
		enrol(this.marchRun, this.citra, "CANCELLED", false);
		enrol(this.marchRun, this.eko, "CONFIRMED", true);
		enrol(this.aprilRun, this.dewi, "CONFIRMED", true);
		enrol(this.aprilRun, this.budi, "WAITLISTED", false);
	}

	private long agency(String code, Long parent) {
		this.jdbc.update("insert into agency (code, name, kind, parent_id, created_at) values (?, ?, ?, ?, ?)", code,
				"Dinas Uji " + code, parent == null ? "PROVINCE" : "OPD", parent, Timestamp.from(Instant.now()));
		return this.jdbc.queryForObject("select id from agency where code = ?", Long.class, code);
	}

	private PersonRef employee(EnrolmentFixtures fixtures, String name, long agency, String rank, String position) {
		PersonRef person = fixtures.employeeNamed(name, agency);
		this.jdbc.update("update account set rank_grade = ?, position = ? where id = ?", rank, position,
				person.accountId());
		return person;
	}

	private static Timestamp wib(int year, int month, int day, int hour, int minute) {
		return Timestamp.from(LocalDateTime.of(year, month, day, hour, minute)
			.atZone(IndonesianTime.DEFAULT_ZONE)
			.toInstant());
	}

	private void certificate(PersonRef person, int year, String jp, Timestamp at, boolean voided) {
		this.jdbc.update("""
				insert into jp_ledger_entry (account_id, jp_year, jp, source_type, source_id, recorded_at, voided_at,
				    void_reason) values (?, ?, ?, 'CERTIFICATE', ?, ?, ?, ?)""", person.accountId(), year,
				new BigDecimal(jp), SOURCES.incrementAndGet(), at, voided ? at : null, voided ? "REVOKED" : null);
	}

	private void external(PersonRef person, String jp, LocalDate ended, Timestamp at) {
		this.jdbc.update("""
				insert into jp_external_entry (account_id, title, organiser, start_date, end_date, jp, training_type,
				    jp_year, status, recorded_by, recorded_at) values (?, 'Dialog kinerja', 'BKPSDM', ?, ?, ?,
				    'ON_THE_JOB', ?, 'COUNTED', ?, ?)""", person.accountId(), Date.valueOf(ended.minusDays(2)),
				Date.valueOf(ended), new BigDecimal(jp), ended.getYear(), person.accountId(), at);
		long entry = this.jdbc.queryForObject("select max(id) from jp_external_entry where account_id = ?",
				Long.class, person.accountId());
		this.jdbc.update("""
				insert into jp_ledger_entry (account_id, jp_year, jp, source_type, source_id, recorded_at)
				values (?, ?, ?, 'EXTERNAL', ?, ?)""", person.accountId(), ended.getYear(), new BigDecimal(jp), entry,
				at);
	}

	private long run(long course, String name, LocalDate month) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("""
				insert into course_run (course_id, name, run_month, registration_opens_at, registration_closes_at,
				    starts_on, ends_on, seats, enrolment_mode, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, 40, 'OPEN', 'FINISHED', ?, ?)""", course, name, Date.valueOf(month),
				wib(month.getYear(), month.getMonthValue(), 1, 8, 0), wib(month.getYear(), month.getMonthValue(), 3, 16, 0),
				Date.valueOf(month.plusDays(9)), Date.valueOf(month.plusDays(19)), now, now);
		return this.jdbc.queryForObject("select id from course_run where name = ?", Long.class, name);
	}

	private void enrol(long run, PersonRef person, String status, boolean completed) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("""
				insert into enrolment (run_id, account_id, agency_id, seat_pool, status, source, created_at, updated_at)
				values (?, ?, ?, ?, ?, 'NOMINATION', ?, ?)""", run, person.accountId(), person.agencyId(),
				"CONFIRMED".equals(status) ? 0L : null, status, now, now);
		if (completed) {
			this.jdbc.update("""
					insert into learning_completion (run_id, account_id, status, completed_at, manual)
					values (?, ?, 'COMPLETED', ?, false)""", run, person.accountId(), now);
		}
	}

}
