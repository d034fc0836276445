package id.pelita.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.agency.AgencyService;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CourseSummary;
import id.pelita.catalog.RunService;
import id.pelita.demo.internal.DemoHistoryRows;
import id.pelita.demo.internal.DemoHistoryRows.Employee;
import id.pelita.identity.AccountStatus;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.learning.PathResults;
import id.pelita.reporting.EvidenceUpload;
import id.pelita.reporting.ExternalEntryInput;
import id.pelita.reporting.ExternalTrainingType;
import id.pelita.reporting.ExternalTrainings;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of history for the dashboards: two finished runs a month in every earlier month of the current year,
 * about 400 enrolments of the demo employees with their completions and JP credits (written in bulk, see
 * {@link DemoHistoryRows}); three real certificates (two for the demo participant, one for the coordinator)
 * issued through the learning and certificate modules; training outside the platform recorded by the demo
 * coordinator for Kabupaten Serang employees, and two entries employees submitted that wait for the
 * coordinator's approval. About a quarter of the employees reach 20 JP. Runs once: nothing happens when a demo
 * course already has a run in any of those months, or in January (no earlier month). Off with
 * {@code pelita.demo-data.history=false} (the tests' profile: their figures must not depend on it).
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "pelita.demo-data.enabled", matchIfMissing = true)
@Order(70)
class DemoHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
		.getThreadMXBean();

	private static final int SEATS = 40;

	/** Completed runs per employee by the last digit of their place in the list (0-9). */
	private static final int[] COMPLETIONS = { 3, 3, 2, 2, 1, 1, 1, 0, 0, 0 };

	private static final int EXTERNAL_ENTRIES = 12;

	private static final String ORGANISER_NIP = "197804152005012004";

	private final DemoHistoryRows rows;

	private final CatalogService catalog;

	private final RunService runs;

	private final PersonDirectory people;

	private final AgencyService agencies;

	private final PathResults completions;

	private final ExternalTrainings external;

	private final DemoSignIn signIn;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	DemoHistory(DemoHistoryRows rows, CatalogService catalog, RunService runs, PersonDirectory people,
			AgencyService agencies, PathResults completions, ExternalTrainings external, DemoSignIn signIn,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${pelita.demo-data.history:true}") boolean enabled) {
		this.enabled = enabled;
		this.rows = rows;
		this.catalog = catalog;
		this.runs = runs;
		this.people = people;
		this.agencies = agencies;
		this.completions = completions;
		this.external = external;
		this.signIn = signIn;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		ZoneId zone = IndonesianTime.DEFAULT_ZONE;
		YearMonth thisMonth = YearMonth.now(this.clock.withZone(zone));
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.of(thisMonth.getYear(), 1); month.isBefore(thisMonth); month = month.plusMonths(1)) {
			months.add(month);
		}
		Map<String, CourseSummary> courses = this.signIn.as(DemoSignIn.system(), this.catalog::courses)
			.stream()
			.filter(course -> DemoRuns.COURSE_CODES.contains(course.code()))
			.collect(Collectors.toMap(CourseSummary::code, Function.identity()));
		Optional<PersonRef> organiser = this.people.findByNip(ORGANISER_NIP);
		if (!this.enabled || months.isEmpty() || courses.size() < DemoRuns.COURSE_CODES.size() || organiser.isEmpty()
				|| this.signIn.as(DemoSignIn.system(),
						() -> months.stream().anyMatch(month -> !this.runs.runsOfMonth(month).isEmpty()))) {
			return;
		}
		long started = System.nanoTime();
		long cpu = THREADS.getCurrentThreadCpuTime();
		List<long[]> marks = new ArrayList<>();
		List<Long> runIds = this.transactions.execute(status -> bulk(months, courses, zone, marks));
		long bulk = System.nanoTime();
		this.signIn.as(DemoSignIn.user(organiser.get(), Role.ORGANISER), () -> {
			marks.forEach(mark -> this.completions.markComplete(mark[0], mark[1],
					"Riwayat demo: tuntas sebelum Pelita dipakai"));
			return null;
		});
		long marked = System.nanoTime();
		int entries = externalTraining(months);
		long done = System.nanoTime();
		log.info("Loaded demo history in {} ms ({} ms CPU): {} finished runs in bulk ({} ms), {} certificates marked "
				+ "({} ms), {} external entries ({} ms)", (done - started) / 1_000_000,
				(THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, runIds.size(),
				(bulk - started) / 1_000_000, marks.size(), (marked - bulk) / 1_000_000, entries,
				(done - marked) / 1_000_000);
	}

	private List<Long> bulk(List<YearMonth> months, Map<String, CourseSummary> courses, ZoneId zone,
			List<long[]> marks) {
		Instant now = this.clock.instant();
		List<Long> runIds = new ArrayList<>();
		List<CourseSummary> runCourses = new ArrayList<>();
		for (int m = 0; m < months.size(); m++) {
			YearMonth month = months.get(m);
			for (int k = 0; k < 2; k++) {
				CourseSummary course = courses.get(DemoRuns.COURSE_CODES.get((2 * m + k) % DemoRuns.COURSE_CODES.size()));
				int days = Math.max(1, (course.jp().hours() + 5) / 6);
				LocalDate starts = month.atDay(8 + 7 * k);
				runIds.add(this.rows.run(course.id(), DemoRuns.name(month).replace("Angkatan I", k == 0 ? "Angkatan I"
						: "Angkatan II"), month, month.atDay(1).atTime(8, 0).atZone(zone).toInstant(),
						month.atDay(4 + 7 * k).atTime(16, 0).atZone(zone).toInstant(), starts,
						starts.plusDays(days - 1), SEATS, now));
				runCourses.add(course);
			}
		}
		List<DemoHistoryRows.Enrolment> enrolments = new ArrayList<>();
		List<Employee> employees = this.rows.employees();
		int slot = 0;
		for (int i = 0; i < employees.size(); i++) {
			Employee employee = employees.get(i);
			int completed = COMPLETIONS[i % COMPLETIONS.length];
			int enrolled = completed + (i % COMPLETIONS.length == 7 ? 1 : 0);
			for (int j = 0; j < enrolled; j++, slot += 3) {
				int r = slot % runIds.size();
				CourseSummary course = runCourses.get(r);
				YearMonth month = months.get(r / 2);
				LocalDate ends = month.atDay(8 + 7 * (r % 2)).plusDays(Math.max(1, (course.jp().hours() + 5) / 6) - 1);
				Instant done = j < completed ? ends.atTime(15, 0).atZone(zone).toInstant() : null;
				enrolments.add(new DemoHistoryRows.Enrolment(runIds.get(r), employee.accountId(), employee.agencyId(),
						i % 2 == 0, done, BigDecimal.valueOf(course.jp().hours()), course.title()));
			}
		}
		marks.addAll(certificateMarks(runIds));
		marks.forEach(mark -> enrolments.add(new DemoHistoryRows.Enrolment(mark[0], mark[1], mark[2], false, null,
				BigDecimal.ZERO, "")));
		this.rows.enrol(enrolments, runIds, now);
		return runIds;
	}

	/**
	 * Run, account and agency of the real certificates: the demo participant in the last two runs but one of the
	 * month before last, the coordinator in the last run; marked complete by the organiser after the bulk commits.
	 */
	private List<long[]> certificateMarks(List<Long> runIds) {
		List<long[]> marks = new ArrayList<>();
		if (runIds.size() < 4) {
			return marks;
		}
		this.people.findByNip(DemoDataLoader.PARTICIPANT_NIP).filter(person -> person.agencyId() != null)
			.ifPresent(person -> {
				marks.add(new long[] { runIds.get(runIds.size() - 3), person.accountId(), person.agencyId() });
				marks.add(new long[] { runIds.get(runIds.size() - 4), person.accountId(), person.agencyId() });
			});
		this.people.findByNip(DemoEnrolments.COORDINATOR_NIP).filter(person -> person.agencyId() != null)
			.ifPresent(person -> marks.add(new long[] { runIds.get(runIds.size() - 1), person.accountId(),
					person.agencyId() }));
		return marks;
	}

	/** Training outside the platform for Kabupaten Serang: recorded by the coordinator, two still to approve. */
	private int externalTraining(List<YearMonth> months) {
		Optional<PersonRef> coordinator = this.people.findByNip(DemoEnrolments.COORDINATOR_NIP);
		if (coordinator.isEmpty() || coordinator.get().agencyId() == null) {
			return 0;
		}
		Set<Long> serang = this.agencies.subtreeOf(coordinator.get().agencyId());
		List<PersonRef> employees = this.people.inAgencies(serang)
			.stream()
			.filter(person -> person.nip() != null && person.status() != AccountStatus.ACTIVE)
			.toList();
		String[][] trainings = { { "Dialog Kinerja Triwulan", "Sekretariat Daerah Kabupaten Serang", "ON_THE_JOB", "4" },
				{ "Webinar Manajemen Talenta ASN", "Badan Kepegawaian Negara", "SEMINAR_WORKSHOP", "3" },
				{ "Pelatihan Pengadaan Barang/Jasa", "LKPP", "OTHER_INSTITUTION", "12" },
				{ "Kursus Daring Literasi Data", "Pusdiklat Kemkominfo", "E_LEARNING", "6" } };
		int count = 0;
		for (int i = 0; i < employees.size() && i < EXTERNAL_ENTRIES; i++) {
			String[] training = trainings[i % trainings.length];
			LocalDate day = months.get(i % months.size()).atDay(12);
			ExternalEntryInput input = new ExternalEntryInput(training[0], training[1], day, day.plusDays(1),
					new BigDecimal(training[3]), ExternalTrainingType.valueOf(training[2]));
			PersonRef employee = employees.get(i);
			if (i >= EXTERNAL_ENTRIES - 2) {
				this.signIn.as(DemoSignIn.user(employee, Role.PARTICIPANT), () -> this.external.submit(input, new EvidenceUpload("surat-keterangan.pdf",
						DemoMaterials.handout(List.of("Surat keterangan mengikuti pelatihan", training[0], training[1])))));
			}
			else {
				this.signIn.as(DemoSignIn.user(coordinator.get(), Role.AGENCY_COORDINATOR),
						() -> this.external.record(employee.accountId(), input));
			}
			count++;
		}
		return count;
	}

}
