package id.pelita.learning;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The start page of a quiz for a participant: what it is, their attempts, the score kept, and whether they may
 * start (or resume) one.
 *
 * @param questions how many questions an attempt has
 * @param openAttemptId the attempt in progress, to resume
 * @param attemptsLeft null for unlimited
 */
public record QuizOverview(long runId, long moduleId, String title, QuizKind kind, int questions,
		@Nullable Integer timeLimitMinutes, @Nullable Integer attemptsAllowed, @Nullable Integer attemptsLeft,
		@Nullable BigDecimal passMark, QuizGrading grading, List<AttemptSummary> attempts,
		@Nullable BigDecimal keptScore, @Nullable Boolean passed, @Nullable Long openAttemptId, boolean canStart) {

	public QuizOverview {
		attempts = List.copyOf(attempts);
	}

}
