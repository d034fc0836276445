package id.pelita.learning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.pelita.learning.internal.AssessmentChanged;
import id.pelita.learning.internal.quiz.ExpiredAttempts;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.MutableClock;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Taking quizzes against a real database (H2 and PostgreSQL): attempts, answers, deadlines, submits, regrades. */
@Import(QuizAttemptsTests.TestClock.class)
@RecordApplicationEvents
abstract class QuizAttemptsTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

	@Autowired
	ApplicationContext context;

	@Autowired
	QuizAttempts attempts;

	@Autowired
	QuestionBank bank;

	@Autowired
	QuizResults results;

	@Autowired
	ExpiredAttempts expired;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	private QuizFixtures fixtures;

	private long runId;

	private long courseId;

	private long categoryId;

	private long moduleId;

	private PelitaUser ani;

	private PelitaUser budi;

	@BeforeEach
	void quiz() {
		this.fixtures = new QuizFixtures(this.context);
		this.runId = this.fixtures.run(20);
		this.courseId = this.fixtures.courseOf(this.runId);
		this.categoryId = this.fixtures.category(this.courseId, 5);
		this.moduleId = this.fixtures.quizModule(this.runId, "Post-test");
		this.fixtures.settings(this.moduleId, QuizFixtures.postTest(this.categoryId, 4, 10, 2));
		this.ani = this.fixtures.participant(this.runId);
		this.budi = this.fixtures.participant(this.runId);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void anAttemptDrawsItsQuestionsAndReopeningResumesIt() {
		long attempt = as(this.ani, () -> this.attempts.start(this.runId, this.moduleId));
		AttemptSheet sheet = as(this.ani, () -> this.attempts.sheet(attempt));
		as(this.ani, () -> this.attempts.answer(attempt, 2, optionId(sheet, 2, "Benar")));

		long again = as(this.ani, () -> this.attempts.start(this.runId, this.moduleId));
		AttemptSheet reopened = as(this.ani, () -> this.attempts.sheet(again));

		assertThat(again).isEqualTo(attempt);
		assertThat(sheet.questions()).hasSize(4).allSatisfy(q -> assertThat(q.options()).hasSize(3));
		assertThat(sheet.questions()).extracting(AttemptSheet.Question::text).doesNotHaveDuplicates();
		assertThat(Duration.between(reopened.serverNow(), reopened.deadline())).isBetween(Duration.ofMinutes(9),
				Duration.ofMinutes(10));
		assertThat(reopened.questions().get(1).answered()).isTrue();
		assertThat(reopened.unanswered()).isEqualTo(3);
		QuizOverview overview = as(this.ani, () -> this.attempts.overview(this.runId, this.moduleId));
		assertThat(overview.openAttemptId()).isEqualTo(attempt);
		assertThat(overview.attemptsLeft()).isEqualTo(1);
		assertThat(overview.questions()).isEqualTo(4);
	}

	@Test
	void aPostTestThePathStillLocksCannotBeStartedByItsAddressAndSaysWhenItOpens() {
		this.jdbc.update("insert into learning_unlock (module_id, after_previous, opens_at) values (?, false, ?)",
				this.moduleId, java.sql.Timestamp.from(this.clock.instant().plus(Duration.ofDays(1))));

		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> as(this.ani, () -> this.attempts.start(this.runId, this.moduleId)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("quiz.error.lockedUntil"));
		assertThat(this.jdbc.queryForObject("select count(*) from quiz_attempt where module_id = ?", Integer.class,
				this.moduleId)).isZero();

		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		long attempt = as(this.ani, () -> this.attempts.start(this.runId, this.moduleId));
		assertThat(as(this.ani, () -> this.attempts.sheet(attempt)).questions()).hasSize(4);
	}

	@Test
	void submittingGradesOnTheServerAndTellsThePath() {
		long attempt = as(this.ani, () -> this.attempts.start(this.runId, this.moduleId));
		AttemptSheet sheet = as(this.ani, () -> this.attempts.sheet(attempt));
		for (int slot = 1; slot <= 3; slot++) {
			int s = slot;
			as(this.ani, () -> this.attempts.answer(attempt, s, optionId(sheet, s, "Benar")));
		}
		as(this.ani, () -> this.attempts.answer(attempt, 4, optionId(sheet, 4, "Salah A")));

		AttemptResult result = as(this.ani, () -> this.attempts.submit(attempt));

		assertThat(result.score()).isEqualByComparingTo("75");
		assertThat(result.points()).isEqualByComparingTo("3");
		assertThat(result.passed()).isTrue();
		assertThat(result.alreadySubmitted()).isFalse();
		assertThat(result.reviewAllowed()).isTrue();
		assertThat(this.events.stream(AssessmentChanged.class))
			.containsExactly(new AssessmentChanged(this.runId, this.ani.accountId(), this.moduleId));
		AttemptReview review = as(this.ani, () -> this.attempts.review(attempt));
		assertThat(review.items().get(3).awarded()).isEqualByComparingTo("0");
		assertThat(review.items().get(3).options()).filteredOn(AttemptReview.Option::correct)
			.extracting(AttemptReview.Option::text)
			.containsExactly("Benar");
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> as(this.ani, () -> this.attempts.answer(attempt, 1, optionId(sheet, 1, "Salah A"))))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("quiz.error.alreadySubmitted"));
	}

	@Test
	void aDoubleSubmitCountsOnce() throws Exception {
		long attempt = as(this.ani, () -> this.attempts.start(this.runId, this.moduleId));

		List<AttemptResult> both = concurrently(2, () -> as(this.ani, () -> this.attempts.submit(attempt)));

		assertThat(both).extracting(AttemptResult::alreadySubmitted).containsExactlyInAnyOrder(true, false);
		assertThat(both).extracting(AttemptResult::score).allSatisfy(s -> assertThat(s).isEqualByComparingTo("0"));
		assertThat(this.jdbc.queryForObject("select count(*) from quiz_attempt where module_id = ?", Integer.class,
				this.moduleId)).isEqualTo(1);
	}

	@Test
	void twoTabsStartingAtOnceGetOneAttempt() throws Exception {
		List<Long> started = concurrently(6, () -> as(this.budi, () -> this.attempts.start(this.runId, this.moduleId)));

		assertThat(started).containsOnly(started.getFirst());
		assertThat(this.jdbc.queryForObject("select count(*) from quiz_attempt where account_id = ?", Integer.class,
				this.budi.accountId())).isEqualTo(1);
	}

	@Test
	void neverMoreAttemptsThanAllowed() {
		for (int i = 0; i < 2; i++) {
			long attempt = as(this.ani, () -> this.attempts.start(this.runId, this.moduleId));
			as(this.ani, () -> this.attempts.submit(attempt));
		}

		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> as(this.ani, () -> this.attempts.start(this.runId, this.moduleId)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("quiz.error.noAttemptsLeft"));
		QuizOverview overview = as(this.ani, () -> this.attempts.overview(this.runId, this.moduleId));
		assertThat(overview.canStart()).isFalse();
		assertThat(overview.attempts()).hasSize(2);
	}

	@Test
	void answersAfterTheDeadlineAreRefusedAfterAFewSecondsGrace() {
		long attempt = as(this.ani, () -> this.attempts.start(this.runId, this.moduleId));
		AttemptSheet sheet = as(this.ani, () -> this.attempts.sheet(attempt));
		this.clock.advance(Duration.ofMinutes(10).plusSeconds(2));
		as(this.ani, () -> this.attempts.answer(attempt, 1, optionId(sheet, 1, "Benar")));
		this.clock.advance(Duration.ofSeconds(10));

		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> as(this.ani, () -> this.attempts.answer(attempt, 2, optionId(sheet, 2, "Benar"))))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("quiz.error.timeUp"));
		AttemptResult late = as(this.ani, () -> this.attempts.submit(attempt));
		assertThat(late.timedOut()).isTrue();
		assertThat(late.points()).isEqualByComparingTo("1");
	}

	@Test
	void theSweepSubmitsExpiredAttemptsWithWhatWasAnswered() {
		long attempt = as(this.ani, () -> this.attempts.start(this.runId, this.moduleId));
		AttemptSheet sheet = as(this.ani, () -> this.attempts.sheet(attempt));
		as(this.ani, () -> this.attempts.answer(attempt, 1, optionId(sheet, 1, "Benar")));
		as(this.ani, () -> this.attempts.answer(attempt, 2, optionId(sheet, 2, "Benar")));
		long other = as(this.budi, () -> this.attempts.start(this.runId, this.moduleId));
		this.clock.advance(Duration.ofMinutes(11));

		int submitted = this.expired.submitAll();

		assertThat(submitted).isGreaterThanOrEqualTo(2);
		AttemptResult result = as(this.ani, () -> this.attempts.result(attempt));
		assertThat(result.timedOut()).isTrue();
		assertThat(result.score()).isEqualByComparingTo("50");
		assertThat(as(this.budi, () -> this.attempts.result(other)).score()).isEqualByComparingTo("0");
		assertThat(this.expired.submitAll()).isZero();
	}

	@Test
	void someoneElsesAttemptIsOutOfReach() {
		long attempt = as(this.ani, () -> this.attempts.start(this.runId, this.moduleId));
		AttemptSheet sheet = as(this.ani, () -> this.attempts.sheet(attempt));

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as(this.budi, () -> this.attempts.sheet(attempt)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as(this.budi, () -> this.attempts.answer(attempt, 1, optionId(sheet, 1, "Benar"))));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as(this.budi, () -> this.attempts.submit(attempt)));
		PelitaUser outsider = QuizFixtures.outsider(this.fixtures);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as(outsider, () -> this.attempts.start(this.runId, this.moduleId)));
	}

	@Test
	void answersMustBelongToTheAttemptsQuestions() {
		long attempt = as(this.ani, () -> this.attempts.start(this.runId, this.moduleId));
		AttemptSheet sheet = as(this.ani, () -> this.attempts.sheet(attempt));

		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> as(this.ani, () -> this.attempts.answer(attempt, 9, "1")))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("quiz.error.notInAttempt"));
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> as(this.ani, () -> this.attempts.answer(attempt, 1, optionId(sheet, 2, "Benar"))))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("quiz.error.notAnOption"));
		assertThat(this.jdbc.queryForObject("select count(*) from quiz_attempt_question where attempt_id = ? and answer is not null",
				Integer.class, attempt)).isZero();
	}

	@Test
	void aCorrectedKeyChangesScoresOnlyWhenRegraded() {
		long attempt = as(this.ani, () -> this.attempts.start(this.runId, this.moduleId));
		AttemptSheet sheet = as(this.ani, () -> this.attempts.sheet(attempt));
		for (int slot = 1; slot <= 4; slot++) {
			int s = slot;
			as(this.ani, () -> this.attempts.answer(attempt, s, optionId(sheet, s, "Benar")));
		}
		as(this.ani, () -> this.attempts.submit(attempt));
		long questionId = this.jdbc.queryForObject(
				"select question_id from quiz_attempt_question where attempt_id = ? and slot = 1", Long.class, attempt);
		SignIn.as(this.context, "penyelenggara");
		BankQuestion question = this.bank.question(questionId);
		List<QuestionDraft.Option> corrected = question.options()
			.stream()
			.map(o -> new QuestionDraft.Option(o.id(), o.text(), o.text().equals("Salah A")))
			.toList();
		QuestionDraft draft = question.draft();

		boolean keyChanged = this.bank.update(questionId, new QuestionDraft(draft.kind(), draft.category(), draft.text(),
				draft.points(), false, corrected, null, List.of(), null, null));

		assertThat(keyChanged).isTrue();
		assertThat(as(this.ani, () -> this.attempts.result(attempt)).score()).isEqualByComparingTo("100");
		SignIn.as(this.context, "penyelenggara");
		assertThat(this.results.staleAttempts(questionId)).isEqualTo(1);
		this.events.clear();
		assertThat(this.results.regradeQuestion(questionId)).isEqualTo(1);
		assertThat(this.results.staleAttempts(questionId)).isZero();
		assertThat(this.events.stream(AssessmentChanged.class))
			.containsExactly(new AssessmentChanged(this.runId, this.ani.accountId(), this.moduleId));
		assertThat(as(this.ani, () -> this.attempts.result(attempt)).score()).isEqualByComparingTo("75");
	}

	@Test
	void optionsOfAUsedQuestionCannotBeAddedOrRemoved() {
		long attempt = as(this.ani, () -> this.attempts.start(this.runId, this.moduleId));
		long questionId = this.jdbc.queryForObject(
				"select question_id from quiz_attempt_question where attempt_id = ? and slot = 1", Long.class, attempt);
		SignIn.as(this.context, "penyelenggara");
		QuestionDraft draft = this.bank.question(questionId).draft();
		List<QuestionDraft.Option> fewer = draft.options().subList(0, 2);

		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.bank.update(questionId, new QuestionDraft(draft.kind(), draft.category(),
					draft.text(), draft.points(), false, fewer, null, List.of(), null, null)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("quiz.error.usedStructure"));
		assertThat(this.bank.question(questionId).options()).hasSize(3);
	}

	@Test
	void resultsShowScoresAveragesAndThePassRate() {
		submitWith(this.ani, 4);
		submitWith(this.budi, 2);
		SignIn.as(this.context, "penyelenggara");

		QuizRunResults run = this.results.results(this.runId, this.moduleId);

		assertThat(run.participants()).hasSize(2);
		assertThat(run.average()).isEqualByComparingTo("75");
		assertThat(run.median()).isEqualByComparingTo("75");
		assertThat(run.passRate()).isEqualByComparingTo("50");
		assertThat(run.questions()).isNotEmpty().allSatisfy(q -> assertThat(q.statistics().facility()).isNotNull());
		assertThat(new String(this.results.export(this.runId, this.moduleId, id.pelita.shared.SpreadsheetFormat.CSV,
				java.util.Locale.forLanguageTag("id")), java.nio.charset.StandardCharsets.UTF_8))
			.contains(";100;100;Ya").contains(";50;50;Tidak");
	}

	private void submitWith(PelitaUser user, int right) {
		long attempt = as(user, () -> this.attempts.start(this.runId, this.moduleId));
		AttemptSheet sheet = as(user, () -> this.attempts.sheet(attempt));
		for (int slot = 1; slot <= 4; slot++) {
			int s = slot;
			as(user, () -> this.attempts.answer(attempt, s, optionId(sheet, s, s <= right ? "Benar" : "Salah B")));
		}
		as(user, () -> this.attempts.submit(attempt));
	}

	private static String optionId(AttemptSheet sheet, int slot, String text) {
		return sheet.questions()
			.get(slot - 1)
			.options()
			.stream()
			.filter(o -> o.text().equals(text))
			.findFirst()
			.map(o -> String.valueOf(o.id()))
			.orElseThrow();
	}

	private <T> T as(PelitaUser user, java.util.function.Supplier<T> work) {
		return this.fixtures.enrolment().as(user, work);
	}

	private static <T> List<T> concurrently(int count, Callable<T> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch ready = new CountDownLatch(count);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					ready.await();
					return work.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
