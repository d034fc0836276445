package id.pelita.learning;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import id.pelita.benchmark.Benchmark;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
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
 * Figures of the quiz part on the embedded default's engine (H2 in memory): 2,000 participants with open
 * attempts of a 10-question post-test saving answers (4 threads, as fast as they can, far more than "one answer
 * every few seconds" each), then 2,000 submissions graded (4 threads), each with the completion rule checked in its
 * transaction (the run's rule asks the post-test and the evaluation after it, so a submission does not complete the
 * run and no certificate is rendered meanwhile), and a Moodle XML bank of 1,000 questions previewed and imported.
 * Accounts and enrolments are inserted with JDBC batches before the timing.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class QuizBenchmarks {

	private static final int PEOPLE = 2_000;

	private static final int THREADS = 4;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	QuizAttempts attempts;

	@Autowired
	QuestionBank bank;

	@Test
	void answersAndSubmissionsOf2000Participants() throws Exception {
		QuizFixtures fixtures = new QuizFixtures(this.context);
		long runId = fixtures.run(10);
		long courseId = fixtures.courseOf(runId);
		long category = fixtures.category(courseId, 20);
		long moduleId = fixtures.quizModule(runId, "Post-test benchmark");
		fixtures.settings(moduleId, QuizFixtures.postTest(category, 10, 60, 2));
		long evaluation = new SurveyFixtures(this.context).runModule(runId);
		fixtures.enrolment().asSystem(() -> {
			this.context.getBean(PathBuilder.class)
				.changeRule(new CompletionRule(runId, true, moduleId, null, evaluation));
			return null;
		});
		List<PelitaUser> people = insertParticipants(runId, PEOPLE);

		long[] starts = timed(people.size(), i -> {
			PelitaUser user = people.get(i);
			fixtures.enrolment().as(user, () -> this.attempts.start(runId, moduleId));
		});
		report("start an attempt (10 of 20 questions drawn), 2,000 participants", starts);
		List<Long> attemptIds = this.jdbc.queryForList(
				"select id from quiz_attempt where module_id = ? order by account_id", Long.class, moduleId);
		List<AttemptSheet> sheets = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			PelitaUser user = people.get(i);
			long attemptId = attemptIds.get(i);
			sheets.add(fixtures.enrolment().as(user, () -> this.attempts.sheet(attemptId)));
		}
		int saves = 20_000;
		long[] answers = timed(saves, n -> {
			int who = ThreadLocalRandom.current().nextInt(people.size());
			AttemptSheet sheet = sheets.get(who);
			AttemptSheet.Question question = sheet.questions().get(n % sheet.questions().size());
			String option = String.valueOf(question.options().get(ThreadLocalRandom.current().nextInt(question.options().size())).id());
			fixtures.enrolment().as(people.get(who), () -> this.attempts.answer(sheet.attemptId(), question.slot(), option));
		});
		report("answer save with 2,000 open attempts (4 threads, 20,000 saves)", answers);
		long[] submits = timed(people.size(), i -> fixtures.enrolment()
			.as(people.get(i), () -> this.attempts.submit(sheets.get(i).attemptId())));
		report("post-test submission graded and the completion rule checked in its transaction (4 threads, 2,000)",
				submits);
		assertThat(this.jdbc.queryForObject("select count(*) from quiz_attempt where module_id = ? and status = 'SUBMITTED'",
				Integer.class, moduleId)).isEqualTo(PEOPLE);
	}

	@Test
	void aMoodleBankOf1000QuestionsIsImported() {
		QuizFixtures fixtures = new QuizFixtures(this.context);
		long courseId = fixtures.courseOf(fixtures.run(5));
		byte[] xml = moodleXml(1_000);
		SignIn.as(this.context, "penyelenggara");
		try {
			long start = System.nanoTime();
			ImportPreview preview = this.bank.preview(xml);
			long previewed = System.nanoTime();
			int imported = this.bank.importAll(courseId, preview);
			long end = System.nanoTime();
			assertThat(preview.importable()).isTrue();
			assertThat(imported).isEqualTo(1_000);
			Benchmark.report("Moodle XML of 1,000 questions (%d KiB): preview %.2f s, import of the preview (checked again, stored) %.2f s, total %.2f s"
				.formatted(xml.length / 1024, (previewed - start) / 1e9, (end - previewed) / 1e9, (end - start) / 1e9));
		}
		finally {
			SignIn.out();
		}
	}

	private static byte[] moodleXml(int count) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
		xml.append("<question type=\"category\"><category><text>$course$/top/Impor</text></category></question>\n");
		for (int i = 1; i <= count; i++) {
			switch (i % 4) {
				case 0 -> xml.append("""
						<question type="multichoice"><name><text>Q%d</text></name>
						<questiontext format="html"><text><![CDATA[<p>Pertanyaan pilihan nomor %d?</p>]]></text></questiontext>
						<defaultgrade>1.0000000</defaultgrade><single>true</single>
						<answer fraction="100"><text>Benar</text></answer><answer fraction="0"><text>Salah A</text></answer>
						<answer fraction="0"><text>Salah B</text></answer><answer fraction="0"><text>Salah C</text></answer>
						</question>
						""".formatted(i, i));
				case 1 -> xml.append("""
						<question type="truefalse"><name><text>Q%d</text></name><questiontext><text>Pernyataan %d.</text></questiontext>
						<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
						""".formatted(i, i));
				case 2 -> xml.append("""
						<question type="shortanswer"><name><text>Q%d</text></name><questiontext><text>Isian %d?</text></questiontext>
						<answer fraction="100"><text>jawaban %d</text></answer></question>
						""".formatted(i, i, i));
				default -> xml.append("""
						<question type="numerical"><name><text>Q%d</text></name><questiontext><text>Hitung %d?</text></questiontext>
						<answer fraction="100"><text>%d</text><tolerance>0.5</tolerance></answer></question>
						""".formatted(i, i, i));
			}
		}
		return xml.append("</quiz>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private List<PelitaUser> insertParticipants(long runId, int count) {
		Timestamp now = Timestamp.from(Instant.now());
		String prefix = "quizbench-" + runId + "-";
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { prefix + i, "Peserta Uji " + i, "ACTIVE", now, now });
		}
		this.jdbc.batchUpdate("insert into account (username, full_name, status, created_at, updated_at) values (?, ?, ?, ?, ?)", rows);
		List<Long> ids = this.jdbc.queryForList("select id from account where username like ? order by id", Long.class, prefix + "%");
		this.jdbc.batchUpdate("""
				insert into enrolment (run_id, account_id, seat_pool, status, source, created_at, updated_at)
				values (?, ?, 0, 'CONFIRMED', 'SELF', ?, ?)""", ids.stream().map(id -> new Object[] { runId, id, now, now }).toList());
		return ids.stream().map(id -> EnrolmentFixtures.user(id, "p" + id, null, Role.PARTICIPANT)).toList();
	}

	/** Runs the work {@code count} times on {@link #THREADS} threads; the latency of each run in nanoseconds. */
	private static long[] timed(int count, java.util.function.IntConsumer work) throws Exception {
		long[] nanos = new long[count];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				futures.add(pool.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < count) {
						long before = System.nanoTime();
						work.accept(i);
						nanos[i] = System.nanoTime() - before;
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return nanos;
	}

	private static void report(String name, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double total = Arrays.stream(nanos).sum() / 1e9;
		Benchmark.report("%s: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%.1f s of work on %d threads), peak heap %d MiB"
			.formatted(name, at(sorted, 50), at(sorted, 95), at(sorted, 99), sorted[sorted.length - 1] / 1e6, total,
					THREADS, Benchmark.peakHeapMib()));
	}

	private static double at(long[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

}
