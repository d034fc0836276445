package id.pelita.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import id.pelita.benchmark.Benchmark;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.Race;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of a run: 300 participants submit the evaluation (17 statements, two instructors) at the same moment
 * from 300 threads, each submission taking its turn on the survey's row lock; then the organiser's report and its
 * XLSX over those 300 responses.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class SurveyBenchmarks extends SurveyTestBase {

	private static final int PEOPLE = 300;

	@Test
	void threeHundredSubmissionsAtOnceThenTheReport() throws Exception {
		long runId = this.fixtures.run(this.fixtures.course(), PEOPLE);
		long moduleId = this.fixtures.runModule(runId);
		asOrganiser(() -> {
			this.editor.addInstructor(moduleId, "Dr. Siti Rahma", null);
			this.editor.addInstructor(moduleId, "Drs. Ahmad Fauzi", null);
			return null;
		});
		List<PelitaUser> people = new ArrayList<>();
		List<SurveyForm> forms = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			PelitaUser person = this.fixtures.participant(runId);
			people.add(person);
			forms.add(form(person, runId, moduleId));
		}
		long[] latencies = new long[PEOPLE];
		List<Callable<Object>> submissions = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			int index = i;
			submissions.add(() -> as(people.get(index), () -> {
				long start = System.nanoTime();
				this.surveys.submit(runId, moduleId, all(forms.get(index), 1 + index % 5, "Saran " + index));
				latencies[index] = System.nanoTime() - start;
				return "stored";
			}));
		}

		long start = System.nanoTime();
		List<Object> results = Race.run(submissions);
		long total = System.nanoTime() - start;

		assertThat(results).containsOnly("stored");
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		Benchmark.report(String.format(Locale.ROOT,
				"survey: %d submissions at once (17 statements x 2 instructors each): all stored in %.2f s, "
						+ "per submission median %.1f ms, p95 %.1f ms, max %.1f ms",
				PEOPLE, total / 1e9, sorted[PEOPLE / 2] / 1e6, sorted[(int) Math.ceil(PEOPLE * 0.95) - 1] / 1e6,
				sorted[PEOPLE - 1] / 1e6));
		Benchmark.Result report = Benchmark.measure("survey report of 300 responses (organiser)", 3, 30,
				() -> assertThat(asOrganiser(() -> this.results.report(runId, moduleId)).responses()).isEqualTo(PEOPLE));
		Benchmark.Result xlsx = Benchmark.measure("survey report of 300 responses as XLSX", 2, 15,
				() -> assertThat(asOrganiser(() -> this.results.download(runId, moduleId, SpreadsheetFormat.XLSX,
						Translations.INDONESIAN))).isNotEmpty());
		Benchmark.report(String.format(Locale.ROOT, "survey report p95 %.1f ms, XLSX p95 %.1f ms, load average %.1f",
				report.p95().toNanos() / 1e6, xlsx.p95().toNanos() / 1e6,
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
	}

}
