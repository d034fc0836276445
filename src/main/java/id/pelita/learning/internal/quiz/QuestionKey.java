package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import id.pelita.learning.QuestionKind;
import org.jspecify.annotations.Nullable;

/** What grading needs of a question: its kind, points and what is right. Stays on the server. */
record QuestionKey(long questionId, QuestionKind kind, BigDecimal points, boolean partialCredit, List<Long> optionIds,
		Set<Long> correctOptions, @Nullable Boolean trueAnswer, List<String> acceptedAnswers,
		@Nullable BigDecimal numericAnswer, @Nullable BigDecimal tolerance, int keyVersion) {

	QuestionKey {
		optionIds = List.copyOf(optionIds);
		correctOptions = Set.copyOf(correctOptions);
		acceptedAnswers = List.copyOf(acceptedAnswers);
	}

}
