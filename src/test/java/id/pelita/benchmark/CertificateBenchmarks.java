package id.pelita.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.certificate.internal.CertificateIssuer;
import id.pelita.certificate.internal.SettingsStore;
import id.pelita.certificate.internal.TemplateCatalog;
import id.pelita.certificate.internal.template.CertificateRenderer;
import id.pelita.certificate.internal.template.CertificateTemplate;
import id.pelita.certificate.internal.template.DemoSignature;
import id.pelita.certificate.internal.template.SampleContent;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.support.Await;
import id.pelita.support.H2Test;
import id.pelita.support.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 5,000 certificates issued end to end on H2 through the real issuing path ({@link CertificateIssuer#completed}, as
 * the completion listener calls it): snapshot, number, render with QR code, PAdES signature, stored file with its
 * SHA-256, certificate row, audit row, request marked done and {@code CertificateIssued} (the JP ledger and the
 * mail). Four threads issue at once, as the listener's executor does when a run's completions arrive together.
 * Targets: 5,000 in under 30 s, render median under 8 ms once warm, file under 200 KB. Also render alone (the
 * template of the run with sample content) once warm.
 */
@Tag("benchmark")
@H2Test
class CertificateBenchmarks {

	private static final int CERTIFICATES = 5_000;

	private static final int THREADS = 4;

	private static final OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

	@Autowired
	ApplicationContext context;

	@Autowired
	CertificateIssuer issuer;

	@Autowired
	SettingsStore settings;

	@Autowired
	TemplateCatalog templates;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void issuesFiveThousandCertificatesEndToEnd() throws Exception {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		long agencyId = fixtures.agency("36.04.02");
		SettingsStore.Settings current = this.settings.settings();
		this.settings.save(new SettingsStore.Settings("{seq}/" + TestData.username("B").toUpperCase() + "/{romanMonth}/{year}",
				current.issuer(), current.issuePlace(), current.officialId()), Instant.now());
		Await.until("the demo official's signature", Duration.ofSeconds(10),
				() -> this.settings.officials().getFirst().signaturePath() != null);

		long warmRun = fixtures.openRun(CERTIFICATES, Map.of(), EnrolmentMode.OPEN);
		for (PersonRef person : fixtures.employees(200, agencyId)) {
			this.issuer.completed(warmRun, person.accountId(), Instant.now());
		}
		long runId = fixtures.openRun(CERTIFICATES, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = fixtures.employees(CERTIFICATES, agencyId);
		double loadBefore = OS.getSystemLoadAverage();

		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		long[] nanos = new long[CERTIFICATES];
		List<Future<CertificateIssuer.Outcome>> outcomes = new ArrayList<>();
		long started = System.nanoTime();
		long cpuBefore = processCpuNanos();
		for (int i = 0; i < CERTIFICATES; i++) {
			int index = i;
			long accountId = people.get(i).accountId();
			outcomes.add(pool.submit(() -> {
				long before = System.nanoTime();
				CertificateIssuer.Outcome outcome = this.issuer.completed(runId, accountId, Instant.now());
				nanos[index] = System.nanoTime() - before;
				return outcome;
			}));
		}
		for (Future<CertificateIssuer.Outcome> outcome : outcomes) {
			assertThat(outcome.get()).isEqualTo(CertificateIssuer.Outcome.ISSUED);
		}
		long total = System.nanoTime() - started;
		long cpuPerCertificate = (processCpuNanos() - cpuBefore) / CERTIFICATES;
		pool.shutdown();

		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		Map<String, Object> files = this.jdbc.queryForMap(
				"select count(*) as n, avg(pdf_size) as average, max(pdf_size) as largest from certificate where run_id = ?",
				runId);
		assertThat(((Number) files.get("n")).intValue()).isEqualTo(CERTIFICATES);
		Benchmark.report(String.format(Locale.ROOT,
				"certificates issued end to end on H2, %d threads: n=%d total=%.2f s (target < 30 s) throughput=%.1f/s "
						+ "median=%.1f ms p99=%.1f ms per certificate, peak-heap=%d MiB, load average %.1f before / %.1f after",
				THREADS, CERTIFICATES, total / 1e9, CERTIFICATES * 1e9 / total, percentile(sorted, 50) / 1e6,
				percentile(sorted, 99) / 1e6, Benchmark.peakHeapMib(), loadBefore, OS.getSystemLoadAverage()));
		Benchmark.report(String.format(Locale.ROOT,
				"certificates issued: CPU time of the whole process %.1f ms per certificate (all threads: issuing, "
						+ "listeners, database), i.e. %.1f s for 5,000 on %d free cores",
				cpuPerCertificate / 1e6, cpuPerCertificate * (double) CERTIFICATES / 1e9 / OS.getAvailableProcessors(),
				OS.getAvailableProcessors()));
		Benchmark.report(String.format(Locale.ROOT,
				"certificate file size: average %.1f KiB, largest %.1f KiB (target < 200 KB)",
				((Number) files.get("average")).doubleValue() / 1024, ((Number) files.get("largest")).doubleValue() / 1024));

		String templateName = this.jdbc.queryForObject("select template from certificate where run_id = ? limit 1",
				String.class, runId);
		CertificateTemplate template = this.templates.get(templateName);
		byte[] signature = DemoSignature.png();
		var content = SampleContent.of("https://pelita.example.go.id/verifikasi/ABCDE12345FGHIJ", signature);
		Benchmark.Result render = Benchmark.measure("certificate render only (template " + templateName
				+ ", QR code, fonts; warm)", 200, 1_000, () -> CertificateRenderer.render(template, content));
		long[] cpu = new long[500];
		var threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < cpu.length; i++) {
			long before = threads.getCurrentThreadCpuTime();
			CertificateRenderer.render(template, content);
			cpu[i] = threads.getCurrentThreadCpuTime() - before;
		}
		Arrays.sort(cpu);
		Benchmark.report(String.format(Locale.ROOT,
				"certificate render median %.2f ms (target < 8 ms); CPU time of the thread: median %.2f ms, p95 %.2f ms",
				render.median().toNanos() / 1e6, percentile(cpu, 50) / 1e6, percentile(cpu, 95) / 1e6));
	}

	private static long processCpuNanos() {
		return OS instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
	}

	private static long percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
