package id.pelita.learning;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A submitted attempt with the right answers, shown only when the quiz's review policy allows it. */
public record AttemptReview(long attemptId, BigDecimal score, List<Item> items) {

	public AttemptReview {
		items = List.copyOf(items);
	}

	/**
	 * @param options choice questions: each option, whether it was chosen and whether it is right
	 * @param given the answer as the person gave it (text, number, Benar/Salah as true/false), null if none
	 * @param right the right answer of true/false ("true"/"false"), short-answer (accepted answers joined by " / ")
	 * and numeric questions ("18 ± 0.5")
	 */
	public record Item(int slot, QuestionKind kind, String text, boolean hasImage, BigDecimal maxPoints,
			BigDecimal awarded, List<Option> options, @Nullable String given, @Nullable String right) {

		public Item {
			options = List.copyOf(options);
		}

	}

	public record Option(String text, boolean chosen, boolean correct) {
	}

}
