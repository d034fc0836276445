package id.pelita.enrolment;

import java.sql.Timestamp;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import id.pelita.benchmark.Benchmark;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.CatalogueFilter;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.catalog.SeatAvailability;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures of the enrolment issue on the embedded default's engine (H2, in memory): nominating a cohort of 8,000
 * employees into one run (validation, enrolment and outbox rows in one transaction), and the participant's
 * catalogue with 1,000 runs and 100,000 enrolments. The data is created before the timing, with JDBC batches.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class EnrolmentBenchmarks {

	private static final int COHORT = 8_000;

	private static final int RUNS = 1_000;

	private static final int ENROLMENTS_PER_RUN = 100;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AgencyEnrolments enrolments;

	@Autowired
	RunService runs;

	@Autowired
	SeatAvailability seats;

	EnrolmentFixtures fixtures;

	@Test
	void cohortNominationAndCatalogue() {
		this.fixtures = new EnrolmentFixtures(this.context);
		EnrolmentFixtures fixtures = this.fixtures;
		long agencyId = fixtures.agency("36.04.01");
		List<String> nips = insertEmployees(agencyId, COHORT);
		List<Long> accountIds = this.jdbc.queryForList("select id from account where agency_id = ? order by id",
				Long.class, agencyId);

		List<Long> cohortRuns = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			cohortRuns.add(fixtures.openRun(10_000, Map.of(), EnrolmentMode.NOMINATION_ONLY));
		}
		Iterator<Long> nextRun = cohortRuns.iterator();
		SignIn.as(this.context, "koordinator");
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<Long> cpuMillis = new ArrayList<>();
		Benchmark.Result nomination = Benchmark.measure("nominate a cohort of 8,000 employees into one run", 1, 3,
				() -> {
					long cpu = threads.getCurrentThreadCpuTime();
					NominationResult result = this.enrolments.nominate(nextRun.next(), nips);
					cpuMillis.add((threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
					assertThat(result.count(NominationStatus.CONFIRMED)).isEqualTo(COHORT);
				});
		SignIn.out();
		Benchmark.report("cohort nomination: CPU time of the nominating thread per run (H2 works in that thread, "
				+ "so this is the cost without waiting for a core): " + cpuMillis.subList(1, cpuMillis.size()) + " ms");
		Integer outbox = this.jdbc.queryForObject(
				"select count(*) from outbox_message where template in ('enrolment-confirmed', 'nomination-result')",
				Integer.class);
		Benchmark.report("cohort nomination: median %d ms (target < 2000 ms); outbox rows written: %d".formatted(
				nomination.median().toMillis(), outbox));

		List<Long> catalogueRuns = createRuns(RUNS);
		insertEnrolments(catalogueRuns, accountIds);
		Benchmark.Result catalogue = Benchmark.measure(
				"catalogue (this month and next) with 1,000 runs and 100,000 enrolments, seats left included", 20,
				200, () -> {
					List<RunDetails> shown = this.runs.catalogue(CatalogueFilter.none());
					Map<Long, Integer> taken = this.seats.confirmedSeats(shown.stream().map(RunDetails::id).toList());
					assertThat(shown).hasSizeGreaterThanOrEqualTo(RUNS);
					assertThat(taken).hasSizeGreaterThanOrEqualTo(RUNS);
				});
		Benchmark.Result filtered = Benchmark.measure("catalogue filtered by text, seats left included", 20, 200,
				() -> {
					List<RunDetails> shown = this.runs.catalogue(
							new CatalogueFilter(java.util.Set.of(), null, null, null, null, "angkatan 99"));
					this.seats.confirmedSeats(shown.stream().map(RunDetails::id).toList());
				});
		List<Long> shownIds = this.runs.catalogue(CatalogueFilter.none()).stream().map(RunDetails::id).toList();
		Benchmark.Result seatsOnly = Benchmark.measure("seats taken of the 1,000 shown runs (SeatAvailability alone)",
				20, 200, () -> assertThat(this.seats.confirmedSeats(shownIds)).hasSizeGreaterThanOrEqualTo(RUNS));
		Benchmark.report("catalogue: p95 %.1f ms, filtered p95 %.1f ms (target < 50 ms); seats alone p95 %.1f ms"
			.formatted(catalogue.p95().toNanos() / 1e6, filtered.p95().toNanos() / 1e6,
					seatsOnly.p95().toNanos() / 1e6));
	}

	/** Employees with valid, unique NIPs (serial 000, which the demo data never uses), in JDBC batches. */
	private List<String> insertEmployees(long agencyId, int count) {
		LocalDate firstBirth = LocalDate.of(1970, 1, 1);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> accounts = new ArrayList<>(count);
		List<String> nips = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			LocalDate birth = firstBirth.plusDays(i);
			YearMonth appointed = YearMonth.from(birth.plusYears(25));
			String nip = "%04d%02d%02d%04d%02d1000".formatted(birth.getYear(), birth.getMonthValue(),
					birth.getDayOfMonth(), appointed.getYear(), appointed.getMonthValue());
			nips.add(nip);
			accounts.add(new Object[] { "bench-" + nip, "bench." + nip + "@example.go.id", nip,
					"Pegawai Uji " + (i + 1), agencyId, "PENDING_ACTIVATION", now, now });
		}
		this.jdbc.batchUpdate("""
				insert into account (username, email, nip, full_name, agency_id, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", accounts);
		this.jdbc.update("""
				insert into account_role (account_id, role)
				select id, 'PARTICIPANT' from account where username like 'bench-%'""");
		return nips;
	}

	/** Published runs in this month and next, through the catalogue's own service. */
	private List<Long> createRuns(int count) {
		LocalDate today = LocalDate.now(IndonesianTime.DEFAULT_ZONE);
		List<Long> courseIds = this.context.getBean(CatalogService.class).courses().stream().map(c -> c.id()).toList();
		List<Long> ids = new ArrayList<>(count);
		this.fixtures.asSystem(() -> {
			for (int i = 0; i < count; i++) {
				YearMonth month = YearMonth.from(today).plusMonths(i % 2);
				long id = this.runs.createRun(new RunDraft(courseIds.get(i % courseIds.size()), "Angkatan " + (i + 1),
						month, today.minusDays(1).atTime(8, 0), today.plusDays(3).atTime(16, 0), today.plusDays(10),
						today.plusDays(12), 200, Map.of(), EnrolmentMode.OPEN));
				this.runs.publish(id);
				ids.add(id);
			}
			return null;
		});
		return ids;
	}

	/** 100 confirmed enrolments per run, then the counters by one set-based update. */
	private void insertEnrolments(List<Long> runIds, List<Long> accountIds) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>(runIds.size() * ENROLMENTS_PER_RUN);
		for (int r = 0; r < runIds.size(); r++) {
			for (int i = 0; i < ENROLMENTS_PER_RUN; i++) {
				long accountId = accountIds.get((r * 37 + i) % accountIds.size());
				rows.add(new Object[] { runIds.get(r), accountId, "CONFIRMED", "SELF", now, now });
			}
		}
		this.jdbc.batchUpdate("""
				insert into enrolment (run_id, account_id, seat_pool, status, source, created_at, updated_at)
				values (?, ?, 0, ?, ?, ?, ?)""", rows);
		this.jdbc.update("""
				update enrolment_run set confirmed = (select count(*) from enrolment e
				    where e.run_id = enrolment_run.run_id and e.status = 'CONFIRMED')""");
		Integer total = this.jdbc.queryForObject("select count(*) from enrolment", Integer.class);
		Benchmark.report("catalogue data: %d runs, %d enrolments".formatted(runIds.size(), total));
	}

}
