package id.pelita.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import id.pelita.PelitaApplication;
import id.pelita.agency.ImportPreview;
import id.pelita.agency.ImportResult;
import id.pelita.agency.RosterFilter;
import id.pelita.agency.RosterImportService;
import id.pelita.agency.RosterService;
import id.pelita.support.EmbeddedPostgresSupport;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Importing a 10,000-row roster file (validation, then the import with accounts, activation tokens and outbox
 * rows) on the embedded default (H2 file database) and on PostgreSQL 17, as the demo coordinator of Kabupaten
 * Serang, after three 2,000-row imports that warm the JVM up as a running server is; the target is under 3 s for
 * validate + import. The CPU time of the importing thread and the load average are printed too, because the
 * build machine is shared. Also re-importing the same file (nothing changes, nothing is written) and listing the
 * resulting roster.
 */
@Tag("benchmark")
class RosterBenchmarks {

	private static final int ROWS = 10_000;

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
		.getThreadMXBean();

	private static final java.lang.management.OperatingSystemMXBean OS = java.lang.management.ManagementFactory
		.getOperatingSystemMXBean();

	private static final String[] UNITS = { "36.04", "36.04.01", "36.04.02", "36.04.03", "36.04.04" };

	@Test
	void importTenThousandRowsOnH2() throws Exception {
		Path directory = Files.createTempDirectory("pelita-roster-benchmark");
		try (ConfigurableApplicationContext context = start("jdbc:h2:file:" + directory.resolve("pelita")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "", "sa")) {
			run(context, "H2 file");
		}
		finally {
			FileSystemUtils.deleteRecursively(directory);
		}
	}

	@Test
	void importTenThousandRowsOnPostgres() throws Exception {
		String database = "pelita_roster_bench_" + System.nanoTime();
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

	private static void run(ConfigurableApplicationContext context, String database) {
		RosterImportService imports = context.getBean(RosterImportService.class);
		RosterService roster = context.getBean(RosterService.class);
		SignIn.as(context, "koordinator");
		try {
			for (int serial : new int[] { 100, 200, 300 }) {
				imports.importGoodRows(imports.preview("warm-up.csv", file(0, 2_000, serial)));
			}
			roster.roster(RosterFilter.ALL);
			byte[] file = file(0, ROWS, 900);
			AtomicReference<ImportPreview> preview = new AtomicReference<>();
			AtomicReference<ImportResult> result = new AtomicReference<>();
			long started = System.nanoTime();
			long cpu = THREADS.getCurrentThreadCpuTime();
			Benchmark.once("roster file, " + ROWS + " rows, " + database + ": validate (preview)",
					() -> preview.set(imports.preview("pegawai.csv", file)));
			Benchmark.once("roster file, " + ROWS + " rows, " + database + ": import (new accounts, tokens, outbox)",
					() -> result.set(imports.importGoodRows(preview.get())));
			long total = (System.nanoTime() - started) / 1_000_000;
			long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
			Benchmark.report("roster file, " + ROWS + " rows, " + database + ": validate + import " + total
					+ " ms wall, " + cpuMillis + " ms CPU of the importing thread (" + result.get().created()
					+ " created, " + preview.get().problems().size() + " bad rows; target < 3000 ms; load average "
					+ String.format(java.util.Locale.ROOT, "%.1f", OS.getSystemLoadAverage()) + ")");
			long again = System.nanoTime();
			ImportResult updated = imports.importGoodRows(imports.preview("pegawai.csv", file));
			Benchmark.report("roster file, " + ROWS + " rows, " + database + ": validate + re-import of the same file "
					+ (System.nanoTime() - again) / 1_000_000 + " ms (" + updated.unchanged() + " unchanged)");
			Benchmark.measure("roster list of " + roster.roster(RosterFilter.ALL).size() + " employees, " + database,
					2, 10, () -> roster.roster(RosterFilter.ALL));
		}
		finally {
			SignIn.out();
		}
	}

	/**
	 * A roster file of {@code rows} employees with valid, distinct NIPs (serials from {@code serial}), as Excel
	 * writes it.
	 */
	static byte[] file(int offset, int rows, int serial) {
		StringBuilder csv = new StringBuilder("\uFEFFNIP;Nama;Pangkat/Golongan;Jabatan;Unit (kode instansi);E-mail;Telepon\r\n");
		List<String> ranks = List.of("Penata Muda (III/a)", "Penata (III/c)", "Pembina (IV/a)");
		LocalDate first = LocalDate.of(1970, 1, 1);
		for (int i = offset; i < offset + rows; i++) {
			LocalDate birth = first.plusDays(i);
			LocalDate appointed = birth.plusYears(24);
			String nip = "%04d%02d%02d%04d%02d%d%03d".formatted(birth.getYear(), birth.getMonthValue(),
					birth.getDayOfMonth(), appointed.getYear(), appointed.getMonthValue(), 1 + i % 2, serial + i % 97);
			csv.append(nip.substring(0, 8)).append(' ').append(nip, 8, 14).append(' ').append(nip.charAt(14))
				.append(' ').append(nip.substring(15)).append(';')
				.append("Pegawai Uji ").append(i).append(';')
				.append(ranks.get(i % ranks.size())).append(';')
				.append("Analis Kebijakan;")
				.append(UNITS[i % UNITS.length]).append(';')
				.append("pegawai.").append(nip).append("@example.go.id;")
				.append("08123").append(String.format("%07d", i)).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
