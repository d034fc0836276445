package id.pelita.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.learning.AttemptResult;
import id.pelita.learning.AttemptSheet;
import id.pelita.learning.PathBuilder;
import id.pelita.learning.QuestionBank;
import id.pelita.learning.QuestionDraft;
import id.pelita.learning.QuizAttempts;
import id.pelita.learning.QuizCategory;
import id.pelita.learning.QuizGrading;
import id.pelita.learning.QuizKind;
import id.pelita.learning.QuizLayout;
import id.pelita.learning.QuizModule;
import id.pelita.learning.QuizSelection;
import id.pelita.learning.QuizSettings;
import id.pelita.learning.Quizzes;
import id.pelita.learning.ReviewPolicy;
import id.pelita.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo course's question bank ({@link DemoQuestions}) and its two quizzes, on the course's template and the
 * demo run's copies: the pre-test asks the first ten questions without a pass mark, the post-test draws ten of all
 * (pass mark 70, two attempts, the answers shown after each attempt). {@code peserta2} takes both as a participant
 * would (six of ten right in the pre-test, all but one in the post-test), so only the evaluation remains. Only
 * when the course's bank is empty.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "pelita.demo-data.enabled", matchIfMissing = true)
@Order(60)
class DemoQuizzes implements ApplicationRunner {

	static final String PRE_TEST = "Pre-test";

	static final String POST_TEST = "Post-test";

	private static final Logger log = LoggerFactory.getLogger(DemoQuizzes.class);

	private final QuestionBank bank;

	private final Quizzes quizzes;

	private final QuizAttempts attempts;

	private final PathBuilder builder;

	private final ParticipantEnrolments enrolments;

	private final PersonDirectory people;

	private final DemoSignIn signIn;

	DemoQuizzes(QuestionBank bank, Quizzes quizzes, QuizAttempts attempts, PathBuilder builder,
			ParticipantEnrolments enrolments, PersonDirectory people, DemoSignIn signIn) {
		this.bank = bank;
		this.quizzes = quizzes;
		this.attempts = attempts;
		this.builder = builder;
		this.enrolments = enrolments;
		this.people = people;
		this.signIn = signIn;
	}

	@Override
	public void run(ApplicationArguments args) {
		PersonRef second = this.people.findByNip(DemoPath.SECOND_PARTICIPANT_NIP).orElse(null);
		if (second == null) {
			return;
		}
		long runId = this.signIn.firstConfirmedRun(second, this.enrolments);
		if (runId < 0) {
			return;
		}
		try {
			Boolean loaded = this.signIn.as(DemoSignIn.system(), () -> setUp(runId));
			if (Boolean.TRUE.equals(loaded)) {
				this.signIn.as(DemoSignIn.user(second, Role.PARTICIPANT), () -> {
					take(runId, PRE_TEST, 4);
					take(runId, POST_TEST, 1);
					return null;
				});
				log.info("Loaded the demo quizzes ({} questions) and peserta2's attempts", DemoQuestions.ALL.size());
			}
		}
		catch (RuntimeException ex) {
			log.warn("The demo quizzes could not be loaded completely", ex);
		}
	}

	private Boolean setUp(long runId) {
		RunDetails run = this.builder.run(runId);
		long courseId = run.courseId();
		if (!this.bank.questions(courseId, null).isEmpty()) {
			return false;
		}
		List<QuizModule> modules = new java.util.ArrayList<>(this.quizzes.modules(courseId, null));
		modules.addAll(this.quizzes.modules(courseId, runId));
		if (modules.isEmpty()) {
			return false;
		}
		List<Long> ids = DemoQuestions.ALL.stream().map(question -> this.bank.create(courseId, question)).toList();
		List<Long> categories = this.bank.categories(courseId).stream().map(QuizCategory::id).toList();
		QuizSettings pre = new QuizSettings(QuizKind.PRE_TEST, QuizSelection.FIXED, null, List.of(), ids.subList(0, 10),
				true, true, 30, 1, QuizGrading.HIGHEST, null, ReviewPolicy.AFTER_RUN, QuizLayout.ONE_PER_PAGE);
		QuizSettings post = new QuizSettings(QuizKind.POST_TEST, QuizSelection.RANDOM, 10, categories, List.of(), true,
				true, 30, 2, QuizGrading.HIGHEST, BigDecimal.valueOf(70), ReviewPolicy.AFTER_ATTEMPT,
				QuizLayout.ONE_PER_PAGE);
		for (QuizModule module : modules) {
			if (module.title().equals(PRE_TEST)) {
				this.quizzes.save(module.moduleId(), pre);
			}
			else if (module.title().equals(POST_TEST)) {
				this.quizzes.save(module.moduleId(), post);
			}
		}
		return true;
	}

	/** Takes the run's quiz of that title: the first {@code wrong} questions answered wrongly, the rest right. */
	private AttemptResult take(long runId, String title, int wrong) {
		long moduleId = this.signIn.as(DemoSignIn.system(), () -> this.quizzes.modules(this.builder.run(runId)
			.courseId(), runId))
			.stream()
			.filter(module -> module.title().equals(title))
			.findFirst()
			.orElseThrow()
			.moduleId();
		long attemptId = this.attempts.start(runId, moduleId);
		AttemptSheet sheet = this.attempts.sheet(attemptId);
		Map<String, QuestionDraft> keys = DemoQuestions.ALL.stream()
			.collect(Collectors.toMap(QuestionDraft::text, Function.identity()));
		int index = 0;
		for (AttemptSheet.Question question : sheet.questions()) {
			QuestionDraft key = keys.get(question.text());
			if (key == null) {
				continue;
			}
			Map<String, Boolean> correct = key.options().stream()
				.collect(Collectors.toMap(QuestionDraft.Option::text, QuestionDraft.Option::correct));
			List<Long> right = question.options().stream().filter(o -> correct.getOrDefault(o.text(), false))
				.map(AttemptSheet.Option::id).toList();
			List<Long> others = question.options().stream().filter(o -> !correct.getOrDefault(o.text(), false))
				.map(AttemptSheet.Option::id).toList();
			String answer = index++ < wrong ? DemoQuestions.wrong(key, others) : DemoQuestions.right(key, right);
			this.attempts.answer(attemptId, question.slot(), answer);
		}
		return this.attempts.submit(attemptId);
	}

}
