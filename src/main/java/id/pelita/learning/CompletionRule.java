package id.pelita.learning;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * When a participant has completed a run. Every clause given must hold. A new run starts from its course: every
 * required module, the course's attendance threshold, its last quiz as post-test and its last survey as evaluation.
 *
 * @param requireModules every required module done
 * @param postTestModuleId this quiz module passed (its pass mark decides, see {@code AssessmentOutcome#passed})
 * @param attendanceThreshold at least this overall percentage of the run's live sessions (those not cancelled)
 * @param evaluationModuleId this survey module submitted
 */
public record CompletionRule(long runId, boolean requireModules, @Nullable Long postTestModuleId,
		@Nullable BigDecimal attendanceThreshold, @Nullable Long evaluationModuleId) {
}
