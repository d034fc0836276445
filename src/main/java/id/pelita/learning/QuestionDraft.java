package id.pelita.learning;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A question as the organiser writes it (form, CSV row, Moodle XML question), checked by the bank before it is
 * stored.
 *
 * @param category the category's name in the course (created when new); null for none
 * @param options the options of single- and multiple-choice questions, in order
 * @param trueAnswer the right answer of a true/false question
 * @param acceptedAnswers the accepted answers of a short-answer question
 * @param numericAnswer the right number of a numeric question, {@code tolerance} (>= 0) either side
 */
public record QuestionDraft(QuestionKind kind, @Nullable String category, String text, BigDecimal points,
		boolean partialCredit, List<Option> options, @Nullable Boolean trueAnswer, List<String> acceptedAnswers,
		@Nullable BigDecimal numericAnswer, @Nullable BigDecimal tolerance) {

	public QuestionDraft {
		options = List.copyOf(options);
		acceptedAnswers = List.copyOf(acceptedAnswers);
	}

	/** An option as written; {@code id} is the stored option's id when an existing question is edited. */
	public record Option(@Nullable Long id, String text, boolean correct) {

		public Option(String text, boolean correct) {
			this(null, text, correct);
		}

	}

}
