package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.pelita.learning.AttemptReview;
import id.pelita.learning.BankQuestion;
import id.pelita.learning.BankQuestion.BankOption;
import id.pelita.learning.internal.quiz.AttemptStore.Slot;

/** A slot of a submitted attempt with its question's key, as the review shows it. */
public final class ReviewItems {

	private ReviewItems() {
	}

	public static AttemptReview.Item item(Slot slot, BankQuestion question) {
		Set<Long> chosen = slot.answer() == null ? Set.of() : Scoring.optionIds(slot.answer());
		Map<Long, BankOption> byId = question.options().stream().collect(Collectors.toMap(BankOption::id, o -> o));
		List<AttemptReview.Option> options = question.kind().hasOptions()
				? slot.options().stream().filter(byId::containsKey).map(byId::get)
					.map(o -> new AttemptReview.Option(o.text(), chosen.contains(o.id()), o.correct())).toList()
				: List.of();
		String right = switch (question.kind()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> null;
			case TRUE_FALSE -> String.valueOf(question.trueAnswer());
			case SHORT_ANSWER -> String.join(" / ", question.acceptedAnswers());
			case NUMERIC -> question.numericAnswer() == null ? null
					: question.numericAnswer().stripTrailingZeros().toPlainString()
							+ (question.tolerance() == null || question.tolerance().signum() == 0 ? ""
									: " ± " + question.tolerance().stripTrailingZeros().toPlainString());
		};
		return new AttemptReview.Item(slot.slot(), question.kind(), question.text(), question.imagePath() != null,
				slot.maxPoints(), slot.awarded() == null ? BigDecimal.ZERO : slot.awarded(), options,
				question.kind().hasOptions() ? null : slot.answer(), right);
	}

}
