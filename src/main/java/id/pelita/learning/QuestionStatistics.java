package id.pelita.learning;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How one question did in a run's attempts (as Moodle's quiz statistics compute them).
 *
 * @param attempts how many submitted attempts had it
 * @param facility mean mark as a percentage of the maximum (high: easy)
 * @param discrimination 100 x correlation of the question's mark with the rest of the test; null when undefined
 */
public record QuestionStatistics(long questionId, int attempts, @Nullable BigDecimal facility,
		@Nullable BigDecimal discrimination) {
}
