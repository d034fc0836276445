package id.pelita.learning;

import java.io.InputStream;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.catalog.RunService;
import id.pelita.enrolment.RunRoster;
import id.pelita.learning.internal.quiz.AttemptGrader;
import id.pelita.learning.internal.quiz.AttemptGrader.Submission;
import id.pelita.learning.internal.quiz.AttemptRules;
import id.pelita.learning.internal.quiz.AttemptStore;
import id.pelita.learning.internal.quiz.AttemptStore.Attempt;
import id.pelita.learning.internal.quiz.AttemptStore.Slot;
import id.pelita.learning.internal.quiz.QuestionStore;
import id.pelita.learning.internal.quiz.QuizAttemptPlanner;
import id.pelita.learning.internal.quiz.QuizStore;
import id.pelita.learning.internal.quiz.ReviewItems;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.files.FileStore;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking quizzes, for participants: start (or resume) an attempt, save every answer as it is given, submit once,
 * see the score and, when the quiz allows it, the review. Only confirmed participants of the run take its quizzes
 * and only the owner of an attempt reads or changes it. Deadlines are the server's (with a few seconds' grace);
 * an attempt whose time ran out is submitted with the answers given before the deadline.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class QuizAttempts {

	private final QuizStore quizzes;

	private final QuestionStore questions;

	private final AttemptStore attempts;

	private final AttemptGrader grader;

	private final RunRoster roster;

	private final RunService runs;

	private final FileStore files;

	private final QuizTiming timing;

	private final Clock clock;
	private final ParticipantPath path;

	private final Random random = new SecureRandom();

	QuizAttempts(QuizStore quizzes, QuestionStore questions, AttemptStore attempts, AttemptGrader grader,
			RunRoster roster, RunService runs, FileStore files, QuizTiming timing, Clock clock,
			ParticipantPath path) {
		this.quizzes = quizzes;
		this.questions = questions;
		this.attempts = attempts;
		this.grader = grader;
		this.roster = roster;
		this.runs = runs;
		this.files = files;
		this.timing = timing;
		this.clock = clock;
		this.path = path;
	}

	/** The quiz's start page for the signed-in participant; an attempt whose time ran out is submitted first. */
	@Transactional
	public QuizOverview overview(long runId, long moduleId) {
		PelitaUser me = CurrentUser.require();
		QuizModule module = quizOf(runId, moduleId, me);
		QuizSettings settings = module.settings();
		List<Attempt> mine = this.attempts.attempts(moduleId, me.accountId());
		for (Attempt attempt : mine) {
			if (!attempt.submitted() && late(attempt)) {
				this.grader.submit(attempt.id(), AttemptGrader.BY_TIMEOUT);
				mine = this.attempts.attempts(moduleId, me.accountId());
			}
		}
		LocalDate endsOn = endsOn(settings, runId);
		List<AttemptSummary> summaries = mine.stream()
			.map(a -> new AttemptSummary(a.id(), a.number(), a.submitted(), a.startedAt(), a.deadline(), a.submittedAt(),
					a.timedOut(), a.score(), reviewAllowed(settings, a, endsOn)))
			.toList();
		List<BigDecimal> scores = mine.stream().filter(Attempt::submitted).map(Attempt::score).filter(s -> s != null).toList();
		BigDecimal kept = settings.grading().keep(scores).orElse(null);
		Boolean passed = kept == null || settings.passMark() == null ? null : kept.compareTo(settings.passMark()) >= 0;
		Long open = mine.stream().filter(a -> !a.submitted()).map(Attempt::id).findFirst().orElse(null);
		Integer left = settings.attemptsAllowed() == null ? null : Math.max(0, settings.attemptsAllowed() - mine.size());
		boolean canStart = open != null || left == null || left > 0;
		return new QuizOverview(runId, moduleId, module.title(), settings.kind(), QuizAttemptPlanner.questionCount(this.questions, module), settings.timeLimitMinutes(),
				settings.attemptsAllowed(), left, settings.passMark(), settings.grading(), summaries, kept, passed, open, canStart);
	}

	/**
	 * Starts an attempt, or returns the one in progress. Two tabs or nodes take turns on the person's row of the
	 * quiz, so no more attempts start than allowed.
	 */
	@Transactional
	public long start(long runId, long moduleId) {
		PelitaUser me = CurrentUser.require();
		QuizModule module = quizOf(runId, moduleId, me);
		PathLocks.requireUnlocked(this.path.myPath(runId), moduleId, me, "quiz");
		QuizSettings settings = module.settings();
		this.attempts.lockTaker(moduleId, me.accountId());
		List<Attempt> mine = this.attempts.attempts(moduleId, me.accountId());
		Optional<Attempt> open = mine.stream().filter(a -> !a.submitted()).findFirst();
		if (open.isPresent()) {
			if (!late(open.get())) {
				return open.get().id();
			}
			this.grader.submit(open.get().id(), AttemptGrader.BY_TIMEOUT);
		}
		if (settings.attemptsAllowed() != null && mine.size() >= settings.attemptsAllowed()) {
			throw new UserFacingException("quiz.error.noAttemptsLeft", settings.attemptsAllowed());
		}
		List<BankQuestion> candidates = QuizAttemptPlanner.candidates(this.questions, module);
		List<AttemptStore.NewSlot> slots = QuizAttemptPlanner.plan(settings, candidates, this.random);
		if (slots.isEmpty()) {
			throw new UserFacingException("quiz.error.noQuestions");
		}
		Instant now = this.clock.instant();
		Instant deadline = settings.timeLimitMinutes() == null ? null
				: now.plus(java.time.Duration.ofMinutes(settings.timeLimitMinutes()));
		int number = mine.stream().mapToInt(Attempt::number).max().orElse(0) + 1;
		return this.attempts.insert(moduleId, runId, me.accountId(), number, now, deadline,
				QuizAttemptPlanner.maxPoints(slots), slots);
	}

	/** The attempt for the browser: questions, options in the attempt's order, answers so far; never the key. */
	@Transactional
	public AttemptSheet sheet(long attemptId) {
		Attempt attempt = mine(attemptId);
		if (!attempt.submitted() && late(attempt)) {
			this.grader.submit(attemptId, AttemptGrader.BY_TIMEOUT);
			attempt = mine(attemptId);
		}
		QuizModule module = this.quizzes.module(attempt.moduleId()).orElseThrow();
		List<Slot> slots = this.attempts.slots(attemptId);
		Map<Long, BankQuestion> bank = bank(slots);
		List<AttemptSheet.Question> items = new ArrayList<>();
		for (Slot slot : slots) {
			BankQuestion question = bank.get(slot.questionId());
			Map<Long, String> optionTexts = question.options().stream()
				.collect(Collectors.toMap(BankQuestion.BankOption::id, BankQuestion.BankOption::text));
			List<AttemptSheet.Option> options = slot.options().stream()
				.filter(optionTexts::containsKey)
				.map(id -> new AttemptSheet.Option(id, optionTexts.get(id)))
				.toList();
			items.add(new AttemptSheet.Question(slot.slot(), question.kind(), question.text(), question.imagePath() != null,
					slot.maxPoints(), options, slot.answer()));
		}
		return new AttemptSheet(attemptId, attempt.runId(), attempt.moduleId(), module.title(),
				module.settings() == null ? QuizLayout.ONE_PER_PAGE : module.settings().layout(), attempt.deadline(),
				this.clock.instant(), attempt.submitted(), items);
	}

	/**
	 * Saves one answer as given (blank clears it). Refused after the deadline plus the grace, after the submit,
	 * for a question not in the attempt, and for an option the question does not have.
	 * @return when it was saved (server time)
	 */
	@Transactional
	public Instant answer(long attemptId, int slot, @Nullable String answer) {
		PelitaUser me = CurrentUser.require();
		Attempt attempt = this.attempts.lock(attemptId).orElseThrow(() -> new UserFacingException("quiz.error.attemptNotFound"));
		if (attempt.accountId() != me.accountId()) {
			throw new AccessDeniedException("Attempt " + attemptId + " is not yours");
		}
		if (attempt.submitted()) {
			throw new UserFacingException("quiz.error.alreadySubmitted");
		}
		Instant now = this.clock.instant();
		if (AttemptRules.late(attempt.deadline(), now, this.timing.grace())) {
			throw new UserFacingException("quiz.error.timeUp");
		}
		Slot question = this.attempts.slot(attemptId, slot)
			.orElseThrow(() -> new UserFacingException("quiz.error.notInAttempt"));
		this.attempts.saveAnswer(attemptId, slot, AttemptRules.stored(question, answer), now);
		return now;
	}

	/** Submits and grades the attempt; a second submit (another tab, a double click) returns the same result. */
	@Transactional
	public AttemptResult submit(long attemptId) {
		Attempt attempt = owned(this.attempts.lock(attemptId));
		String by = late(attempt) ? AttemptGrader.BY_TIMEOUT : AttemptGrader.BY_PARTICIPANT;
		Submission submission = this.grader.submitLocked(attempt, by);
		return result(submission.attempt(), !submission.now());
	}

	/** The outcome of a submitted attempt of the signed-in person. */
	@Transactional(readOnly = true)
	public AttemptResult result(long attemptId) {
		Attempt attempt = mine(attemptId);
		if (!attempt.submitted()) {
			throw new UserFacingException("quiz.error.notSubmitted");
		}
		return result(attempt, true);
	}

	/** The review of a submitted attempt, when the quiz's review policy allows it now. */
	@Transactional(readOnly = true)
	public AttemptReview review(long attemptId) {
		Attempt attempt = mine(attemptId);
		QuizSettings settings = this.quizzes.settings(attempt.moduleId()).orElseThrow();
		if (!reviewAllowed(settings, attempt, endsOn(settings, attempt.runId()))) {
			throw new UserFacingException("quiz.error.reviewNotAllowed");
		}
		List<Slot> slots = this.attempts.slots(attemptId);
		Map<Long, BankQuestion> bank = bank(slots);
		return new AttemptReview(attemptId, attempt.score(),
				slots.stream().map(slot -> ReviewItems.item(slot, bank.get(slot.questionId()))).toList());
	}

	/** The image of a question of the person's attempt. */
	@Transactional(readOnly = true)
	public Optional<InputStream> image(long attemptId, int slot) {
		mine(attemptId);
		Slot question = this.attempts.slot(attemptId, slot)
			.orElseThrow(() -> new UserFacingException("quiz.error.notInAttempt"));
		String path = this.questions.find(question.questionId()).map(BankQuestion::imagePath).orElse(null);
		return path == null ? Optional.empty() : this.files.open(path);
	}

	private AttemptResult result(Attempt attempt, boolean already) {
		QuizSettings settings = this.quizzes.settings(attempt.moduleId()).orElseThrow();
		BigDecimal score = attempt.score() == null ? BigDecimal.ZERO : attempt.score();
		Boolean passed = settings.passMark() == null ? null : score.compareTo(settings.passMark()) >= 0;
		return new AttemptResult(attempt.id(), score, attempt.points() == null ? BigDecimal.ZERO : attempt.points(),
				attempt.maxPoints(), passed, attempt.timedOut(), already,
				reviewAllowed(settings, attempt, endsOn(settings, attempt.runId())));
	}

	private Attempt mine(long attemptId) {
		return owned(this.attempts.find(attemptId));
	}

	private Attempt owned(Optional<Attempt> found) {
		Attempt attempt = found.orElseThrow(() -> new UserFacingException("quiz.error.attemptNotFound"));
		if (attempt.accountId() != CurrentUser.require().accountId()) {
			throw new AccessDeniedException("Attempt " + attempt.id() + " is not yours");
		}
		return attempt;
	}

	private QuizModule quizOf(long runId, long moduleId, PelitaUser me) {
		QuizModule module = this.quizzes.module(moduleId)
			.filter(m -> m.runId() != null && m.runId() == runId)
			.orElseThrow(() -> new UserFacingException("quiz.error.moduleNotFound"));
		if (!this.roster.isConfirmed(runId, me.accountId())) {
			throw new AccessDeniedException("Not a confirmed participant of run " + runId);
		}
		if (module.settings() == null) {
			throw new UserFacingException("quiz.error.notReady");
		}
		return module;
	}

	private Map<Long, BankQuestion> bank(List<Slot> slots) {
		return this.questions.ofIds(slots.stream().map(Slot::questionId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(BankQuestion::id, Function.identity()));
	}

	private boolean late(Attempt attempt) {
		return AttemptRules.late(attempt.deadline(), this.clock.instant(), this.timing.grace());
	}

	/** The run's last day, read only when the quiz's review waits for it. */
	private @Nullable LocalDate endsOn(QuizSettings settings, long runId) {
		return settings.review() == ReviewPolicy.AFTER_RUN ? this.runs.run(runId).endsOn() : null;
	}

	private boolean reviewAllowed(QuizSettings settings, Attempt attempt, @Nullable LocalDate runEndsOn) {
		return AttemptRules.reviewAllowed(settings.review(), attempt.submitted(),
				LocalDate.now(this.clock.withZone(IndonesianTime.DEFAULT_ZONE)), runEndsOn);
	}

}
