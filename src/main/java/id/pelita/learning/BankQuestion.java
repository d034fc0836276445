package id.pelita.learning;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A stored question of a course's bank with its key, as organisers see it (never sent to participants).
 *
 * @param keyVersion raised whenever the key (right options, answers, number, tolerance, points) changes
 * @param usedInAttempts how many attempts drew it
 */
public record BankQuestion(long id, long courseId, @Nullable Long categoryId, @Nullable String category,
		QuestionKind kind, String text, @Nullable String imagePath, BigDecimal points, boolean partialCredit,
		List<BankOption> options, @Nullable Boolean trueAnswer, List<String> acceptedAnswers,
		@Nullable BigDecimal numericAnswer, @Nullable BigDecimal tolerance, int keyVersion, int usedInAttempts) {

	public record BankOption(long id, String text, boolean correct) {
	}

	/** The question as a draft, for editing. */
	public QuestionDraft draft() {
		return new QuestionDraft(this.kind, this.category, this.text, this.points, this.partialCredit,
				this.options.stream().map(o -> new QuestionDraft.Option(o.id(), o.text(), o.correct())).toList(),
				this.trueAnswer, this.acceptedAnswers, this.numericAnswer, this.tolerance);
	}

}
