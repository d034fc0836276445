package id.pelita.shared.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import id.pelita.benchmark.Benchmark;
import id.pelita.support.EmbeddedPostgresSupport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page's keyset paging at 1,000,000 entries (spread over about two years, 1,000 actors, 24 agencies,
 * every action): the newest page and a page 900,000 entries deep, without a filter, by actor, by action and period,
 * and within a coordinator's agencies. 50 entries a page, as the page shows. On the embedded default (H2 file
 * database) and on PostgreSQL 17, schema from the application's migrations.
 */
@Tag("benchmark")
class AuditLogBenchmarks {

	private static final int ROWS = 1_000_000;

	private static final int PAGE = 50;

	private static final Instant NEWEST = Instant.parse("2026-12-01T00:00:00Z");

	@Test
	void pagingOnH2() throws Exception {
		Path directory = Files.createTempDirectory("pelita-audit-benchmark");
		try {
			SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:h2:file:"
					+ directory.resolve("pelita") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
					"sa", "", true);
			run(dataSource, "H2 file", "system_range(1, " + ROWS + ") r(x)");
			dataSource.destroy();
		}
		finally {
			FileSystemUtils.deleteRecursively(directory);
		}
	}

	@Test
	void pagingOnPostgres() throws Exception {
		String database = "pelita_audit_bench_" + System.nanoTime();
		try (Connection connection = EmbeddedPostgresSupport.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database + " encoding 'UTF8'");
		}
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(EmbeddedPostgresSupport.jdbcUrl()
			.replace("/" + EmbeddedPostgresSupport.DATABASE, "/" + database), EmbeddedPostgresSupport.username(),
				EmbeddedPostgresSupport.password(), true);
		run(dataSource, "PostgreSQL 17", "generate_series(1, " + ROWS + ") r(x)");
		new JdbcTemplate(dataSource).execute("analyze audit_log");
		dataSource.destroy();
	}

	private static void run(DataSource dataSource, String database, String series) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Benchmark.once(database + " audit log: insert 1,000,000 entries in bulk", () -> jdbc.update("""
				insert into audit_log (occurred_at, actor_account_id, actor_username, actor_name, actor_roles, action,
				    object_type, object_id, subject_account_id, subject_agency_id, after_json, address)
				select cast(? as timestamp with time zone) - x * interval '1' minute, mod(x, 1000) + 1, 'user' || mod(x, 1000), 'Pegawai ' || mod(x, 1000),
				       'AGENCY_COORDINATOR',
				       case mod(x, 8) when 0 then 'SIGN_IN' when 1 then 'EMPLOYEE_CHANGED' when 2 then 'LIST_DOWNLOADED'
				            when 3 then 'SIGN_IN_FAILED' when 4 then 'EMPLOYEE_CREATED' when 5 then 'API_WRITE'
				            when 6 then 'PROFILE_CHANGED' else 'ROSTER_IMPORTED' end,
				       'EMPLOYEE', cast(mod(x, 50000) as varchar(20)), mod(x, 50000), mod(x, 24) + 1,
				       '{"email":"pegawai@example.go.id"}', '10.0.0.1'
				from %s""".formatted(series), Timestamp.from(NEWEST)));
		if (database.startsWith("PostgreSQL")) {
			jdbc.execute("analyze audit_log");
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class)).isEqualTo(ROWS);
		AuditTrail trail = new AuditTrail(JdbcClient.create(dataSource));
		AuditCursor deep = trail.page(AuditQuery.all(), new AuditCursor(NEWEST.minus(900_000, ChronoUnit.MINUTES), 0),
				1).getFirst().cursor();
		AuditQuery all = AuditQuery.all();
		AuditQuery actor = new AuditQuery("user7", null, null, null, null, null, null);
		AuditQuery actionAndPeriod = new AuditQuery(null, AuditAction.LIST_DOWNLOADED, null, null,
				NEWEST.minus(400, ChronoUnit.DAYS), NEWEST.minus(300, ChronoUnit.DAYS), null);
		AuditQuery agencies = all.within(Set.of(3L, 4L, 5L));
		measure(database, "newest page, no filter", trail, all, null);
		measure(database, "page 900,000 entries deep, no filter", trail, all, deep);
		measure(database, "newest page, by actor (1,000 entries)", trail, actor, null);
		measure(database, "page 900,000 entries deep, by actor", trail, actor, deep);
		measure(database, "newest page, by action and 100-day period", trail, actionAndPeriod, null);
		measure(database, "newest page, coordinator's 3 agencies", trail, agencies, null);
		measure(database, "page 900,000 entries deep, coordinator's 3 agencies", trail, agencies, deep);
	}

	private static void measure(String database, String what, AuditTrail trail, AuditQuery query, AuditCursor after) {
		List<AuditRecord> page = trail.page(query, after, PAGE);
		assertThat(page).as(what).isNotEmpty();
		Benchmark.measure(String.format(Locale.ROOT, "%s audit log (1,000,000 entries): %s", database, what), 20, 200,
				() -> trail.page(query, after, PAGE));
	}

}
