package id.pelita.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An attempt as the participant's browser may see it: the questions in the attempt's order with their options in
 * the attempt's order and the answers given so far. Holds nothing about which answer is right.
 *
 * @param deadline null without a time limit
 * @param serverNow the server's time when read, for the timer
 */
public record AttemptSheet(long attemptId, long runId, long moduleId, String title, QuizLayout layout,
		@Nullable Instant deadline, Instant serverNow, boolean submitted, List<Question> questions) {

	public AttemptSheet {
		questions = List.copyOf(questions);
	}

	public long unanswered() {
		return this.questions.stream().filter(question -> !question.answered()).count();
	}

	/** A question of the attempt; {@code answer} as stored (option ids joined by commas, true/false, text). */
	public record Question(int slot, QuestionKind kind, String text, boolean hasImage, BigDecimal points,
			List<Option> options, @Nullable String answer) {

		public Question {
			options = List.copyOf(options);
		}

		public boolean answered() {
			return this.answer != null && !this.answer.isBlank();
		}

	}

	public record Option(long id, String text) {
	}

}
