package id.pelita.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import id.pelita.catalog.CatalogService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.catalog.TestCourses;
import id.pelita.certificate.CertificateAdministration;
import id.pelita.certificate.CertificateFixtures;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.EmployeeAccounts;
import id.pelita.identity.EmployeeData;
import id.pelita.identity.PersonRef;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.Await;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static id.pelita.reporting.JpTestData.input;

/**
 * A year of JP built through the real services, with every total worked out by hand (for
 * {@link JpYearNumbersTests}). The year is last year in WIB, so that every date of it lies in the past. Province
 * {@link #root} with the OPDs {@link #unitA} and {@link #unitB}; agency {@link #other} beside it. Certificates are
 * issued by the certificate module's issuer for a completion at a WIB instant (their year is the completion's local
 * year, as the issuer computes it) and reach the ledger through its events; trainings outside Pelita are recorded by
 * the root's coordinator or submitted by the employee and then approved or rejected by the coordinator:
 * <ul>
 * <li>Ani (A): certificate of 12 JP completed at 23.30 WIB on 31 December (16.30 UTC, the same day), an external
 * training of 8 JP ending on 31 December: <b>exactly 20</b>, reached;</li>
 * <li>Bayu (A): certificate of 9 JP completed at 00.30 WIB on 1 January (still 31 December of the year before in
 * UTC): counts in the year; certificate of 10 JP revoked: nothing; external training of 5 JP ending on 1 January
 * of the next year: the next year. <b>9</b>;</li>
 * <li>Citra (A): her own submission of 10 JP ending on 15 May approved, one of 4 JP rejected, one of 7 JP pending;
 * certificate of 6 JP completed at 00.30 WIB on 1 January of the next year (31 December 17.30 UTC of the year):
 * the next year. <b>10</b>;</li>
 * <li>Dedi: certificate of 6 JP completed in February while in A, moved to B in June (by the coordinator, through
 * the employee roster), certificate of 16 JP completed in September: <b>22</b>, reached, counted in B (where he is
 * now) with all his year's JP and no longer in A;</li>
 * <li>Eka (B): nothing, <b>0</b>; Fikri (B): external training of 19.5 JP ending on 30 June, <b>19.5</b>;</li>
 * <li>the root's coordinator (an employee of the root itself): <b>0</b>;</li>
 * <li>Gita (other agency): certificate of 30 JP, never counted for the root.</li>
 * </ul>
 * So the root: 7 employees, 2 reached (28.6%), distribution 0: 2, 1-9: 1, 10-19: 2, 20+: 2; 80.5 JP in all, by
 * month of completion or last day (WIB): January 9, February 6, May 10, June 19.5, September 16, December 20. Unit A:
 * 3 employees, 1 reached; unit B: 3, 1 reached.
 */
final class JpYearByHand {

	private static final AtomicLong CODES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	final int year = LocalDate.now(IndonesianTime.DEFAULT_ZONE).getYear() - 1;

	final long root;

	final long unitA;

	final long unitB;

	final long other;

	final String rootName;

	final String unitAName;

	final String unitBName;

	final PelitaUser coordinator;

	final PelitaUser otherCoordinator;

	final PersonRef ani;

	final PersonRef bayu;

	final PersonRef citra;

	final PersonRef dedi;

	final PersonRef eka;

	final PersonRef fikri;

	final PersonRef gita;

	final String aniCertificate;

	private final ApplicationContext context;

	private final JdbcTemplate jdbc;

	private final EnrolmentFixtures fixtures;

	private final CertificateFixtures certificates;

	JpYearByHand(ApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.fixtures = new EnrolmentFixtures(context);
		this.certificates = new CertificateFixtures(context);
		String code = "JH-" + CODES.incrementAndGet();
		this.rootName = "Provinsi Hitung " + code;
		this.unitAName = "Dinas A " + code;
		this.unitBName = "Dinas B " + code;
		this.root = agency(code, this.rootName, null);
		this.unitA = agency(code + ".A", this.unitAName, this.root);
		this.unitB = agency(code + ".B", this.unitBName, this.root);
		this.other = agency("JH-" + CODES.incrementAndGet(), "Lain " + code, null);
		this.coordinator = this.fixtures.coordinator(this.root);
		this.otherCoordinator = this.fixtures.coordinator(this.other);
		this.ani = this.fixtures.employeeNamed("Ani Rahmawati", this.unitA);
		this.bayu = this.fixtures.employeeNamed("Bayu Nugroho", this.unitA);
		this.citra = this.fixtures.employeeNamed("Citra Maharani", this.unitA);
		this.dedi = this.fixtures.employeeNamed("Dedi Kurniawan", this.unitA);
		this.eka = this.fixtures.employeeNamed("Eka Putri", this.unitB);
		this.fikri = this.fixtures.employeeNamed("Fikri Hidayat", this.unitB);
		this.gita = this.fixtures.employeeNamed("Gita Permata", this.other);

		this.aniCertificate = certificate(this.ani, 12, wib(this.year, 12, 31, 23, 30));
		record(this.ani, input("Dialog kinerja akhir tahun", this.year + "-12-29", this.year + "-12-31", "8"));
		certificate(this.bayu, 9, wib(this.year, 1, 1, 0, 30));
		revoke(certificate(this.bayu, 10, wib(this.year, 4, 10, 10, 0)));
		record(this.bayu, input("Induksi pergantian tahun", this.year + "-12-30", (this.year + 1) + "-01-01", "5"));
		long approved = submit(this.citra, input("Seminar layanan publik", this.year + "-05-14", this.year + "-05-15",
				"10"));
		long rejected = submit(this.citra, input("Webinar tanpa sertifikat", this.year + "-05-08",
				this.year + "-05-08", "4"));
		submit(this.citra, input("Lokakarya menunggu", this.year + "-05-20", this.year + "-05-21", "7"));
		certificate(this.citra, 6, wib(this.year + 1, 1, 1, 0, 30));
		ExternalTrainings trainings = context.getBean(ExternalTrainings.class);
		this.fixtures.as(this.coordinator, () -> {
			trainings.approve(approved);
			trainings.reject(rejected, "Bukti tidak sesuai");
		});
		certificate(this.dedi, 6, wib(this.year, 2, 10, 14, 0));
		move(this.dedi, this.unitB);
		certificate(this.dedi, 16, wib(this.year, 9, 12, 14, 0));
		record(this.fikri, input("Pelatihan pengadaan", this.year + "-06-24", this.year + "-06-30", "19.5"));
		certificate(this.gita, 30, wib(this.year, 3, 5, 10, 0));
		Await.eventsHandled(this.jdbc);
	}

	private long agency(String code, String name, Long parent) {
		this.jdbc.update("insert into agency (code, name, kind, parent_id, created_at) values (?, ?, ?, ?, ?)", code,
				name, parent == null ? "PROVINCE" : "OPD", parent, Timestamp.from(Instant.now()));
		return this.jdbc.queryForObject("select id from agency where code = ?", Long.class, code);
	}

	/**
	 * A course of the JP, a run ending on the completion's WIB day, and the certificate the issuer makes for the
	 * completion at that instant; returns its number.
	 */
	private String certificate(PersonRef holder, int jp, Instant completedAt) {
		LocalDate ends = LocalDate.ofInstant(completedAt, IndonesianTime.DEFAULT_ZONE);
		LocalDate starts = ends.minusDays(2);
		long runId = this.fixtures.asSystem(() -> {
			long course = this.context.getBean(CatalogService.class)
				.createCourse(TestCourses.course("JH" + CODES.incrementAndGet()).withJp(jp));
			return this.context.getBean(RunService.class)
				.createRun(new RunDraft(course, "Angkatan " + CODES.incrementAndGet(), YearMonth.from(starts),
						starts.minusDays(20).atTime(8, 0), starts.minusDays(5).atTime(16, 0), starts, ends, 30,
						Map.of(), EnrolmentMode.OPEN));
		});
		return this.certificates.issue(runId, holder, completedAt).number();
	}

	private void revoke(String number) {
		long id = this.jdbc.queryForObject("select id from certificate where number = ?", Long.class, number);
		this.fixtures.asSystem(() -> {
			this.context.getBean(CertificateAdministration.class).revoke(id, "Kelulusan dibatalkan");
			return null;
		});
	}

	private void record(PersonRef employee, ExternalEntryInput entry) {
		this.fixtures.as(this.coordinator,
				() -> this.context.getBean(ExternalTrainings.class).record(employee.accountId(), entry));
	}

	private long submit(PersonRef employee, ExternalEntryInput entry) {
		return this.fixtures.as(EnrolmentFixtures.participant(employee), () -> this.context
			.getBean(ExternalTrainings.class)
			.submit(entry, JpTestData.pdf("bukti.pdf"))
			.id());
	}

	/** The coordinator moves the employee to another unit of the agency, as the roster's edit form does. */
	private void move(PersonRef employee, long agency) {
		this.fixtures.as(this.coordinator, () -> this.context.getBean(EmployeeAccounts.class)
			.update(employee.accountId(), new EmployeeData(employee.nip(), employee.fullName(), null, null, agency,
					null, null)));
	}

	private static Instant wib(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(IndonesianTime.DEFAULT_ZONE).toInstant();
	}

}
