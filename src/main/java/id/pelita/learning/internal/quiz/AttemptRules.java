package id.pelita.learning.internal.quiz;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.pelita.learning.QuestionKind;
import id.pelita.learning.ReviewPolicy;
import id.pelita.learning.internal.quiz.AttemptStore.Slot;
import id.pelita.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/** The checks of answers as they arrive, and when a review may be shown. */
public final class AttemptRules {

	public static final int MAX_TEXT_ANSWER = 500;

	private AttemptRules() {
	}

	/** The answer as stored, or a refusal naming what is wrong; blank clears the answer. */
	public static @Nullable String stored(Slot slot, @Nullable String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		String value = given.strip();
		return switch (slot.kind()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				Set<Long> ids = Scoring.optionIds(value);
				List<Long> offered = slot.options();
				if (ids.isEmpty() || !offered.containsAll(ids)
						|| (slot.kind() == QuestionKind.SINGLE_CHOICE && ids.size() != 1)) {
					throw new UserFacingException("quiz.error.notAnOption");
				}
				yield Scoring.joined(ids);
			}
			case TRUE_FALSE -> {
				if (!value.equals("true") && !value.equals("false")) {
					throw new UserFacingException("quiz.error.notAnOption");
				}
				yield value;
			}
			case SHORT_ANSWER -> {
				if (value.length() > MAX_TEXT_ANSWER) {
					throw new UserFacingException("quiz.error.answerTooLong", MAX_TEXT_ANSWER);
				}
				yield value;
			}
			case NUMERIC -> {
				if (value.length() > 50 || Scoring.number(value).isEmpty()) {
					throw new UserFacingException("quiz.error.notANumber");
				}
				yield value;
			}
		};
	}

	/** Whether the deadline (plus the grace) has passed. */
	public static boolean late(@Nullable Instant deadline, Instant now, java.time.Duration grace) {
		return deadline != null && now.isAfter(deadline.plus(grace));
	}

	public static boolean reviewAllowed(ReviewPolicy policy, boolean submitted, LocalDate today,
			@Nullable LocalDate runEndsOn) {
		return submitted && switch (policy) {
			case NEVER -> false;
			case AFTER_ATTEMPT -> true;
			case AFTER_RUN -> runEndsOn != null && today.isAfter(runEndsOn);
		};
	}

}
