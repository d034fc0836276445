package id.pelita.benchmark;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.pelita.PelitaApplication;
import id.pelita.reporting.AgencyDashboard;
import id.pelita.reporting.AgencyReports;
import id.pelita.reporting.ComplianceService;
import id.pelita.reporting.ComplianceSummary;
import id.pelita.reporting.EmployeeJp;
import id.pelita.reporting.EmployeeJpFilter;
import id.pelita.reporting.EmployeeJpOrder;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.security.SystemUser;
import id.pelita.support.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province's 20 JP compliance at scale on PostgreSQL 17: 80,000 employees in 200 OPDs of 8 regencies,
 * 2,000 runs, 400,000 enrolments, 280,000 completions each with its ledger credit (2-14 JP), all generated in
 * bulk SQL. Measures, through the real services signed in as an administrator: the province-wide summary
 * ({@code ComplianceService.summary}, target < 500 ms); the below-target list's first page (50, fewest JP first)
 * and its total of one OPD (400 employees) and one regency (10,000) ({@code AgencyDashboard}, target < 100 ms);
 * the employee JP list as XLSX of one regency and of the whole province (80,000 rows, target < 10 s with flat
 * memory) into a stream that only counts, with the peak heap and collections; and the PDF summary of one regency
 * and of the province ({@code AgencyReports}, target < 2 s). Prints the load average, since the machine is shared.
 */
@Tag("benchmark")
class ComplianceBenchmarks {

	static final int EMPLOYEES = 80_000;

	static final int RUNS = 2_000;

	static final int YEAR = 2026;

	private static final java.lang.management.OperatingSystemMXBean OS = java.lang.management.ManagementFactory
		.getOperatingSystemMXBean();

	@Test
	void provinceSummaryBelowTargetPagesExportAndPdfOnPostgres() throws Exception {
		String database = "pelita_compliance_bench_" + System.nanoTime();
		try (Connection connection = EmbeddedPostgresSupport.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database + " encoding 'UTF8'");
		}
		String url = EmbeddedPostgresSupport.jdbcUrl().replace("/" + EmbeddedPostgresSupport.DATABASE, "/" + database);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PelitaApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + EmbeddedPostgresSupport.username(),
				"--spring.datasource.password=" + EmbeddedPostgresSupport.password(), "--logging.level.root=warn",
				"--pelita.demo-data.enabled=false", "--spring.quartz.auto-startup=false")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long generated = System.nanoTime();
			long root = generate(jdbc);
			Benchmark.report("compliance data generated in bulk SQL in " + (System.nanoTime() - generated) / 1_000_000
					+ " ms: " + count(jdbc, "account") + " accounts, " + count(jdbc, "course_run") + " runs, "
					+ count(jdbc, "enrolment") + " enrolments, " + count(jdbc, "learning_completion")
					+ " completions, " + count(jdbc, "jp_ledger_entry") + " ledger entries");
			ComplianceService compliance = context.getBean(ComplianceService.class);
			AgencyDashboard dashboard = context.getBean(AgencyDashboard.class);
			AgencyReports reports = context.getBean(AgencyReports.class);
			long opd = jdbc.queryForObject("select min(id) from agency where kind = 'OPD' and code like 'B.%'",
					Long.class);
			long regency = jdbc.queryForObject("select min(id) from agency where kind = 'REGENCY' and code like 'B.%'",
					Long.class);
			// the services' own checks: signed in as the platform's administrator
			SystemUser.run(() -> {
				ComplianceSummary[] summary = new ComplianceSummary[1];
				Benchmark.measure("province-wide compliance summary, " + EMPLOYEES
						+ " employees, PostgreSQL 17 (target < 500 ms; load average " + load() + ")", 3, 20,
						() -> summary[0] = compliance.summary(root, YEAR));
				Benchmark.report("province summary: " + summary[0].employees() + " employees, "
						+ summary[0].reached() + " reached 20 JP (" + summary[0].percentReached() + " %), "
						+ summary[0].zero() + " with 0 JP");
				for (long agency : new long[] { opd, regency }) {
					String which = agency == opd ? "one OPD" : "one regency with its 25 OPDs";
					List<EmployeeJp> page = new ArrayList<>();
					Benchmark.measure("AgencyDashboard.belowTarget, first page of 50 (fewest JP first), " + which
							+ ", PostgreSQL 17 (target < 100 ms; load average " + load() + ")", 3, 30, () -> {
								page.clear();
								page.addAll(dashboard.belowTarget(agency, YEAR, EmployeeJpFilter.NONE,
										EmployeeJpOrder.FEWEST_JP_FIRST, 0, 50));
							});
					long[] below = new long[1];
					Benchmark.measure("AgencyDashboard.countBelowTarget (the list's total), " + which
							+ ", PostgreSQL 17 (load average " + load() + ")", 3, 30,
							() -> below[0] = dashboard.countBelowTarget(agency, YEAR, EmployeeJpFilter.NONE));
					Benchmark.report("below-target first page, " + which + ": " + page.size() + " rows of "
							+ below[0] + " below 20 JP, fewest " + page.getFirst().jp() + " JP");
				}
				for (long agency : new long[] { regency, root }) {
					export(reports, agency, agency == root ? "the province" : "one regency");
				}
				for (long agency : new long[] { regency, root }) {
					CountingOutputStream pdf = new CountingOutputStream();
					Benchmark.measure("AgencyReports.pdfSummary, "
							+ (agency == root ? "the province" : "one regency") + " (target < 2 s; load average "
							+ load() + ")", 1, 5, () -> {
								pdf.reset();
								reports.pdfSummary(agency, YEAR, pdf);
							});
					Benchmark.report("PDF summary: " + pdf.bytes / 1024 + " KiB");
				}
			});
		}
	}

	/** The employee JP list as XLSX into a stream that only counts: time, size, peak heap and collections. */
	private static void export(AgencyReports reports, long agency, String which) {
		CountingOutputStream out = new CountingOutputStream();
		Benchmark.resetPeakHeap();
		long[] before = Benchmark.collections();
		long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
		Benchmark.Result result = Benchmark.once("AgencyReports.employeeList XLSX, " + which
				+ ", streamed (target < 10 s for the province's 80,000 rows; load average " + load() + ")",
				() -> reports.employeeList(agency, YEAR, SpreadsheetFormat.XLSX, out));
		long[] after = Benchmark.collections();
		Benchmark.report(String.format(Locale.ROOT,
				"XLSX export, %s: %.2f s, %d KiB written, heap %d MiB before, peak %d MiB during (pools' peaks "
						+ "since a full collection), %d collections taking %d ms",
				which, result.total().toNanos() / 1e9, out.bytes / 1024, heapBefore, Benchmark.peakHeapMib(),
				after[0] - before[0], after[1] - before[1]));
	}

	/** Counts what is written and keeps nothing. */
	private static final class CountingOutputStream extends OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			this.bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.bytes += len;
		}

		void reset() {
			this.bytes = 0;
		}

	}

	/** Agencies, employees, runs, enrolments, completions and credits; returns the province's id. */
	private static long generate(JdbcTemplate jdbc) {
		jdbc.update("insert into agency (code, name, kind, created_at) values ('B', 'Provinsi Benchmark', 'PROVINCE', now())");
		long root = jdbc.queryForObject("select id from agency where code = 'B'", Long.class);
		jdbc.update("""
				insert into agency (code, name, kind, parent_id, created_at)
				select 'B.' || r, 'Kabupaten ' || r, 'REGENCY', ?, now() from generate_series(1, 8) r""", root);
		jdbc.update("""
				insert into agency (code, name, kind, parent_id, created_at)
				select 'B.' || r || '.' || o, 'Dinas ' || o || ' Kabupaten ' || r, 'OPD', g.id, now()
				from generate_series(1, 8) r cross join generate_series(1, 25) o
				join agency g on g.code = 'B.' || r""");
		jdbc.update("""
				insert into account (username, nip, full_name, agency_id, status, created_at, updated_at)
				select 'bench' || i, '2' || lpad(i::text, 17, '0'),
				       (array['Ahmad','Budi','Citra','Dewi','Eka','Fajar','Gita','Hadi'])[1 + i % 8] || ' ' || md5(i::text),
				       o.id, 'ACTIVE', now(), now()
				from generate_series(1, ?) i
				join (select id, row_number() over (order by id) - 1 as n from agency where kind = 'OPD') o
				  on o.n = i % 200""", EMPLOYEES);
		jdbc.update("""
				insert into course (code, title, description, competency_type, category, jp, learning_mode,
				    target_audience, pass_mark, attendance_threshold, certificate_template, created_at)
				values ('BENCH', 'Kursus Benchmark', 'x', 'TEKNIS', 'Uji', 8, 'OFF_CLASS', 'ASN', 70, 80, 'sttp-standar',
				    now())""");
		jdbc.update("""
				insert into course_run (course_id, name, run_month, registration_opens_at, registration_closes_at,
				    starts_on, ends_on, seats, enrolment_mode, status, created_at, updated_at)
				select c.id, 'Angkatan ' || r, make_date(?, 1 + r % 12, 1), now(), now(), make_date(?, 1 + r % 12, 10),
				       make_date(?, 1 + r % 12, 12), 250, 'OPEN', 'PUBLISHED', now(), now()
				from generate_series(0, ? - 1) r cross join course c where c.code = 'BENCH'""", YEAR, YEAR, YEAR, RUNS);
		jdbc.update("""
				insert into enrolment (run_id, account_id, agency_id, seat_pool, status, source, created_at, updated_at)
				select r.id, a.id, a.agency_id, 0, 'CONFIRMED', 'SELF', now(), now()
				from (select id, agency_id, row_number() over (order by id) as n from account where username like 'bench%') a
				cross join generate_series(0, 4) k
				join (select id, row_number() over (order by id) - 1 as n from course_run) r
				  on r.n = (a.n * 7 + k * 401) % ?""", RUNS);
		jdbc.update("""
				insert into learning_completion (run_id, account_id, status, completed_at, manual)
				select run_id, account_id, 'COMPLETED', now(), false from enrolment where id % 10 < 7""");
		jdbc.update("""
				insert into jp_ledger_entry (account_id, jp_year, jp, source_type, source_id, recorded_at)
				select e.account_id, ?, 2 + (e.id % 7), 'CERTIFICATE', e.id, now()
				from enrolment e join learning_completion c on c.run_id = e.run_id and c.account_id = e.account_id""",
				YEAR);
		jdbc.execute("vacuum analyze");
		return root;
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static String load() {
		return String.format(Locale.ROOT, "%.1f", OS.getSystemLoadAverage());
	}

}
