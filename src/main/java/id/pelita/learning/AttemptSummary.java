package id.pelita.learning;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One of a person's attempts of a quiz, as they see it in the list of their attempts. */
public record AttemptSummary(long attemptId, int number, boolean submitted, Instant startedAt,
		@Nullable Instant deadline, @Nullable Instant submittedAt, boolean timedOut, @Nullable BigDecimal score,
		boolean reviewAllowed) {
}
