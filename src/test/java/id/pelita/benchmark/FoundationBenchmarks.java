package id.pelita.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import id.pelita.PelitaApplication;
import id.pelita.identity.AccountService;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.util.FileSystemUtils;

/**
 * Figures of the embedded default: start-up on an empty H2 file database (migrations and demo data included),
 * the heap it keeps, sign-in throughput and the administrator's account search.
 */
@Tag("benchmark")
class FoundationBenchmarks {

	@Test
	void embeddedDefault() throws Exception {
		Path directory = Files.createTempDirectory("pelita-benchmark");
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PelitaApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("pelita")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
			long startupMillis = (System.nanoTime() - started) / 1_000_000;
			Benchmark.report("startup (empty H2 file database, migrations, demo data): " + startupMillis
					+ " ms; retained heap after start " + Benchmark.retainedHeapMib() + " MiB");
			Benchmark.measure("sign-in by NIP (bcrypt)", 5, 50,
					() -> SignIn.as(context, "19850312 201001 1 003", SignIn.DEMO_PASSWORD));
			AccountService accounts = context.getBean(AccountService.class);
			SignIn.as(context, "admin");
			Benchmark.measure("account search, 50 per page", 50, 500,
					() -> accounts.search("sa", null, null, PageRequest.of(0, 50)).getContent());
			SignIn.out();
		}
		finally {
			FileSystemUtils.deleteRecursively(directory);
		}
	}

}
