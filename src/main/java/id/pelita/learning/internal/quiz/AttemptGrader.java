package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.pelita.learning.internal.AssessmentChanged;
import id.pelita.learning.internal.quiz.AttemptStore.Attempt;
import id.pelita.learning.internal.quiz.AttemptStore.GradedSlot;
import id.pelita.learning.internal.quiz.AttemptStore.Slot;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grades attempts: on submit (by the participant or when the time ran out) and on an explicit regrade after a
 * key was corrected. The attempt's row is locked first, so a double submit grades once and an answer arriving at
 * the same moment is either graded or refused. Publishes {@link AssessmentChanged} in the same transaction.
 */
@Component
public class AttemptGrader {

	/** Who submitted: the participant, or the deadline (sweep, or a late submit). */
	public static final String BY_PARTICIPANT = "PARTICIPANT";

	public static final String BY_TIMEOUT = "TIMEOUT";

	private final AttemptStore attempts;

	private final QuestionStore questions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AttemptGrader(AttemptStore attempts, QuestionStore questions, ApplicationEventPublisher events, Clock clock) {
		this.attempts = attempts;
		this.questions = questions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Submits and grades the attempt if it is still open; returns it as stored afterwards, and whether this call
	 * submitted it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Submission submit(long attemptId, String submittedBy) {
		return submitLocked(this.attempts.lock(attemptId).orElseThrow(), submittedBy);
	}

	/** {@link #submit} of an attempt the caller has locked ({@link AttemptStore#lock}) in this transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Submission submitLocked(Attempt attempt, String submittedBy) {
		if (attempt.submitted()) {
			return new Submission(attempt, false);
		}
		Instant now = this.clock.instant();
		return new Submission(grade(attempt, now, now, submittedBy), true);
	}

	/** Grades a submitted attempt again with the current keys; returns whether its score changed. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean regrade(long attemptId) {
		Attempt attempt = this.attempts.lock(attemptId).orElseThrow();
		if (!attempt.submitted()) {
			return false;
		}
		BigDecimal before = attempt.score();
		BigDecimal after = Objects.requireNonNull(grade(attempt, this.clock.instant(), null, null).score());
		return before == null || before.compareTo(after) != 0;
	}

	/** Grades the attempt (and submits it, with a submission time) and returns it as it is stored now. */
	private Attempt grade(Attempt attempt, Instant gradedAt, @Nullable Instant submittedAt,
			@Nullable String submittedBy) {
		List<Slot> slots = this.attempts.slots(attempt.id());
		Map<Long, QuestionKey> keys = this.questions.keys(slots.stream().map(Slot::questionId).distinct().toList());
		List<GradedSlot> graded = new ArrayList<>();
		BigDecimal points = BigDecimal.ZERO;
		BigDecimal max = BigDecimal.ZERO;
		for (Slot slot : slots) {
			QuestionKey key = Objects.requireNonNull(keys.get(slot.questionId()));
			BigDecimal awarded = Scoring.awarded(key, slot.maxPoints(), slot.answer());
			graded.add(new GradedSlot(slot.slot(), awarded, key.keyVersion()));
			points = points.add(awarded);
			max = max.add(slot.maxPoints());
		}
		BigDecimal score = Scoring.percent(points, max);
		this.attempts.grade(attempt.id(), graded, points, score, gradedAt, submittedAt, submittedBy);
		this.events.publishEvent(new AssessmentChanged(attempt.runId(), attempt.accountId(), attempt.moduleId()));
		return attempt.graded(points, score, submittedAt, submittedBy);
	}

	public record Submission(Attempt attempt, boolean now) {
	}

}
