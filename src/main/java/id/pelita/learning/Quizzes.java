package id.pelita.learning;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.pelita.learning.internal.AssessmentChanged;
import id.pelita.learning.internal.quiz.QuestionStore;
import id.pelita.learning.internal.quiz.QuizStore;
import id.pelita.shared.UserFacingException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settings of quiz modules, for organisers. New settings apply to attempts started afterwards; a change of
 * grading method or pass mark changes whose kept score passes, so everyone with graded attempts is re-checked
 * ({@code AssessmentChanged}). Submitted attempts keep their questions and points.
 */
@Service
@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
public class Quizzes {

	public static final int MAX_TIME_LIMIT = 600;

	public static final int MAX_ATTEMPTS = 20;

	public static final int MAX_QUESTIONS = 200;

	private final QuizStore store;

	private final QuestionStore questions;

	private final ApplicationEventPublisher events;

	Quizzes(QuizStore store, QuestionStore questions, ApplicationEventPublisher events) {
		this.store = store;
		this.questions = questions;
		this.events = events;
	}

	/** A QUIZ module with its settings (null when not saved yet). */
	@Transactional(readOnly = true)
	public QuizModule module(long moduleId) {
		return this.store.module(moduleId).orElseThrow(() -> new UserFacingException("quiz.error.moduleNotFound"));
	}

	/** The quiz modules of a course's template ({@code runId} null) or of a run. */
	@Transactional(readOnly = true)
	public List<QuizModule> modules(long courseId, @org.jspecify.annotations.Nullable Long runId) {
		return this.store.modules(courseId, runId);
	}

	@Transactional
	public void save(long moduleId, QuizSettings settings) {
		QuizModule module = module(moduleId);
		check(module.courseId(), settings);
		QuizSettings old = module.settings();
		this.store.save(moduleId, settings);
		if (old != null && (old.grading() != settings.grading() || !same(old.passMark(), settings.passMark()))) {
			for (long[] person : this.store.gradedPeople(moduleId)) {
				this.events.publishEvent(new AssessmentChanged(person[0], person[1], moduleId));
			}
		}
	}

	private void check(long courseId, QuizSettings settings) {
		if (settings.timeLimitMinutes() != null
				&& (settings.timeLimitMinutes() < 1 || settings.timeLimitMinutes() > MAX_TIME_LIMIT)) {
			throw new UserFacingException("quiz.error.timeLimit", MAX_TIME_LIMIT);
		}
		if (settings.attemptsAllowed() != null
				&& (settings.attemptsAllowed() < 1 || settings.attemptsAllowed() > MAX_ATTEMPTS)) {
			throw new UserFacingException("quiz.error.attempts", MAX_ATTEMPTS);
		}
		BigDecimal pass = settings.passMark();
		if (pass != null && (pass.signum() < 0 || pass.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new UserFacingException("quiz.error.passMark");
		}
		if (settings.selection() == QuizSelection.RANDOM) {
			Integer count = settings.drawCount();
			if (count == null || count < 1 || count > MAX_QUESTIONS) {
				throw new UserFacingException("quiz.error.drawCount", MAX_QUESTIONS);
			}
			Set<Long> known = new HashSet<>(this.questions.categories(courseId).stream().map(QuizCategory::id).toList());
			if (settings.categoryIds().isEmpty() || !known.containsAll(settings.categoryIds())) {
				throw new UserFacingException("quiz.error.categories");
			}
			int available = this.questions.idsInCategories(courseId, settings.categoryIds()).size();
			if (available < count) {
				throw new UserFacingException("quiz.error.notEnoughQuestions", available, count);
			}
		}
		else {
			List<Long> fixed = settings.fixedQuestionIds();
			if (fixed.isEmpty() || fixed.size() > MAX_QUESTIONS) {
				throw new UserFacingException("quiz.error.fixedQuestions", MAX_QUESTIONS);
			}
			long ofCourse = this.questions.ofIds(fixed).stream().filter(q -> q.courseId() == courseId).count();
			if (ofCourse != new HashSet<>(fixed).size()) {
				throw new UserFacingException("quiz.error.fixedQuestions", MAX_QUESTIONS);
			}
		}
	}

	private static boolean same(@org.jspecify.annotations.Nullable BigDecimal a,
			@org.jspecify.annotations.Nullable BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

}
