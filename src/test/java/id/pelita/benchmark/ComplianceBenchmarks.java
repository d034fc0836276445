package id.pelita.benchmark;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.pelita.PelitaApplication;
import id.pelita.agency.AgencyService;
import id.pelita.reporting.ComplianceService;
import id.pelita.reporting.ComplianceSummary;
import id.pelita.shared.security.SystemUser;
import id.pelita.support.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The province's 20 JP compliance at scale on PostgreSQL 17: 80,000 employees in 200 OPDs of 8 regencies,
 * 2,000 runs, 400,000 enrolments, 280,000 completions each with its ledger credit (2-14 JP), all generated in
 * bulk SQL. Measures the province-wide summary ({@code ComplianceService.summary} over the root agency, target
 * < 500 ms) and, in the SQL a below-target list runs on the ledger, the first page (50, by name) of one OPD's and
 * one regency's employees below 20 JP (target < 100 ms). Prints the load average, since the machine is shared.
 */
@Tag("benchmark")
class ComplianceBenchmarks {

	static final int EMPLOYEES = 80_000;

	static final int RUNS = 2_000;

	static final int YEAR = 2026;

	private static final java.lang.management.OperatingSystemMXBean OS = java.lang.management.ManagementFactory
		.getOperatingSystemMXBean();

	@Test
	void provinceSummaryAndBelowTargetPageOnPostgres() throws Exception {
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
			AgencyService agencies = context.getBean(AgencyService.class);
			ComplianceSummary[] summary = new ComplianceSummary[1];
			SystemUser.run(() -> Benchmark.measure("province-wide compliance summary, " + EMPLOYEES
					+ " employees, PostgreSQL 17 (target < 500 ms; load average " + load() + ")", 3, 20,
					() -> summary[0] = compliance.summary(root, YEAR)));
			Benchmark.report("province summary: " + summary[0].employees() + " employees, " + summary[0].reached()
					+ " reached 20 JP (" + summary[0].percentReached() + " %), " + summary[0].zero() + " with 0 JP");
			NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
			long opd = jdbc.queryForObject("select min(id) from agency where kind = 'OPD'", Long.class);
			long regency = jdbc.queryForObject("select min(id) from agency where kind = 'REGENCY'", Long.class);
			for (long agency : new long[] { opd, regency }) {
				Set<Long> tree = agencies.subtreeOf(agency);
				int[] size = new int[1];
				Benchmark.measure("below-target list, first page of 50 by name, " + (agency == opd ? "one OPD"
						: "one regency (" + tree.size() + " agencies)") + ", PostgreSQL 17 (target < 100 ms; load "
						+ "average " + load() + ")", 3, 30, () -> size[0] = belowTarget(named, tree).size());
				Benchmark.report("below-target first page: " + size[0] + " rows");
			}
		}
	}

	private static List<Long> belowTarget(NamedParameterJdbcTemplate named, Set<Long> agencies) {
		return named.queryForList("""
				select a.id from account a
				left join (select e.account_id, sum(e.jp) as jp from jp_ledger_entry e
				           join account x on x.id = e.account_id and x.agency_id in (:agencies)
				           where e.jp_year = :year and e.voided_at is null group by e.account_id) t
				  on t.account_id = a.id
				where a.nip is not null and a.agency_id in (:agencies) and coalesce(t.jp, 0) < 20
				order by a.full_name, a.id
				limit 50""", new MapSqlParameterSource("agencies", agencies).addValue("year", YEAR), Long.class);
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
