package id.pelita.learning;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The settings of a quiz module.
 *
 * @param drawCount how many questions an attempt draws (RANDOM)
 * @param categoryIds the categories drawn from (RANDOM)
 * @param fixedQuestionIds the questions in order (FIXED)
 * @param timeLimitMinutes null for no limit
 * @param attemptsAllowed null for unlimited
 * @param passMark 0-100, null for none (practice, pre-test)
 */
public record QuizSettings(QuizKind kind, QuizSelection selection, @Nullable Integer drawCount, List<Long> categoryIds,
		List<Long> fixedQuestionIds, boolean shuffleQuestions, boolean shuffleOptions, @Nullable Integer timeLimitMinutes,
		@Nullable Integer attemptsAllowed, QuizGrading grading, @Nullable BigDecimal passMark, ReviewPolicy review,
		QuizLayout layout) {

	public QuizSettings {
		categoryIds = List.copyOf(categoryIds);
		fixedQuestionIds = List.copyOf(fixedQuestionIds);
	}

	/** What a new quiz of the kind starts with. */
	public static QuizSettings defaults(QuizKind kind) {
		return switch (kind) {
			case PRE_TEST -> new QuizSettings(kind, QuizSelection.RANDOM, 10, List.of(), List.of(), true, true, 30, 1,
					QuizGrading.HIGHEST, null, ReviewPolicy.AFTER_RUN, QuizLayout.ONE_PER_PAGE);
			case POST_TEST -> new QuizSettings(kind, QuizSelection.RANDOM, 10, List.of(), List.of(), true, true, 30, 2,
					QuizGrading.HIGHEST, BigDecimal.valueOf(70), ReviewPolicy.AFTER_RUN, QuizLayout.ONE_PER_PAGE);
			case PRACTICE -> new QuizSettings(kind, QuizSelection.RANDOM, 5, List.of(), List.of(), true, true, null,
					null, QuizGrading.LAST, null, ReviewPolicy.AFTER_ATTEMPT, QuizLayout.ALL_ON_ONE);
		};
	}

}
