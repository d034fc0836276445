package id.pelita.learning;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A submitted attempt's outcome.
 *
 * @param passed null when the quiz has no pass mark
 * @param timedOut submitted because the time ran out (answers after the deadline were not taken)
 * @param alreadySubmitted this submit found the attempt submitted already (another tab, a double click)
 */
public record AttemptResult(long attemptId, BigDecimal score, BigDecimal points, BigDecimal maxPoints,
		@Nullable Boolean passed, boolean timedOut, boolean alreadySubmitted, boolean reviewAllowed) {
}
