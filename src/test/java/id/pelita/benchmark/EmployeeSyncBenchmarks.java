package id.pelita.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.pelita.PelitaApplication;
import id.pelita.agency.RosterChanges;
import id.pelita.agency.RosterImportService;
import id.pelita.agency.RosterSync;
import id.pelita.support.EmbeddedPostgresSupport;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HR system synchronising with the employees API (service level, as the controller calls it) on a Kabupaten
 * Serang roster of 10,300 employees: the whole roster page by page (500 a page), an incremental synchronisation
 * that finds nothing new (the index on agency and updated_at), and reading one employee by NIP. On the embedded
 * default (H2 file database) and on PostgreSQL 17.
 */
@Tag("benchmark")
class EmployeeSyncBenchmarks {

	private static final int ROWS = 10_000;

	private static final int PAGE = 500;

	@Test
	void synchroniseOnH2() throws Exception {
		Path directory = Files.createTempDirectory("pelita-sync-benchmark");
		try (ConfigurableApplicationContext context = start("jdbc:h2:file:" + directory.resolve("pelita")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "", "sa")) {
			run(context, "H2 file");
		}
		finally {
			FileSystemUtils.deleteRecursively(directory);
		}
	}

	@Test
	void synchroniseOnPostgres() throws Exception {
		String database = "pelita_sync_bench_" + System.nanoTime();
		try (Connection connection = EmbeddedPostgresSupport.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database + " encoding 'UTF8'");
		}
		String url = EmbeddedPostgresSupport.jdbcUrl().replace("/" + EmbeddedPostgresSupport.DATABASE, "/" + database);
		try (ConfigurableApplicationContext context = start(url, EmbeddedPostgresSupport.password(),
				EmbeddedPostgresSupport.username())) {
			run(context, "PostgreSQL 17");
		}
	}

	private static ConfigurableApplicationContext start(String url, String password, String username) {
		return new SpringApplicationBuilder(PelitaApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
				"--spring.datasource.password=" + password, "--logging.level.root=warn");
	}

	private static void run(ConfigurableApplicationContext context, String database) throws InterruptedException {
		RosterImportService imports = context.getBean(RosterImportService.class);
		RosterSync sync = context.getBean(RosterSync.class);
		SignIn.as(context, "koordinator");
		try {
			byte[] file = RosterBenchmarks.file(0, ROWS, 900);
			imports.importGoodRows(imports.preview("pegawai.csv", file));
			Thread.sleep(10);
			Instant afterImport = Instant.now();
			long total = sync.changedSince(null, 0, 1).total();
			assertThat(total).isGreaterThanOrEqualTo(ROWS);
			int pages = (int) ((total + PAGE - 1) / PAGE);
			List<String> nips = new ArrayList<>();
			Benchmark.Result pass = Benchmark.measure("employees API sync, " + database + ": one page of " + PAGE
					+ " of " + total + " employees (all " + pages + " pages read in turn, 3 passes)", pages, 3 * pages,
					new Runnable() {

						private int page;

						@Override
						public void run() {
							RosterChanges changes = sync.changedSince(null, this.page, PAGE);
							if (nips.size() < total) {
								changes.employees().forEach(employee -> nips.add(employee.employee().nip()));
							}
							this.page = (this.page + 1) % pages;
						}

					});
			assertThat(nips).hasSize((int) total).doesNotHaveDuplicates();
			Benchmark.report("employees API sync, " + database + ": the whole roster of " + total + " in "
					+ String.format(Locale.ROOT, "%.0f", pass.median().toNanos() / 1e6 * pages)
					+ " ms at the median page time");
			Benchmark.measure("employees API sync, " + database + ": incremental, nothing changed since the import",
					20, 200, () -> assertThat(sync.changedSince(afterImport, 0, 100).total()).isZero());
			Benchmark.measure("employees API, " + database + ": one employee by NIP", 20, 500,
					() -> assertThat(sync.employee(nips.get(nips.size() / 2))).isPresent());
		}
		finally {
			SignIn.out();
		}
	}

}
