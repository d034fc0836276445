package id.pelita.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A quiz's results in a run, for organisers.
 *
 * @param average mean of the participants' kept scores
 * @param median median of the kept scores
 * @param passRate share (%) of participants with a kept score who passed; null without a pass mark
 */
public record QuizRunResults(long runId, long moduleId, String title, QuizKind kind, @Nullable BigDecimal passMark,
		List<Participant> participants, @Nullable BigDecimal average, @Nullable BigDecimal median,
		@Nullable BigDecimal passRate, List<Question> questions) {

	public QuizRunResults {
		participants = List.copyOf(participants);
		questions = List.copyOf(questions);
	}

	public record Participant(long accountId, String fullName, @Nullable String nip, List<Score> attempts,
			@Nullable BigDecimal kept, @Nullable Boolean passed) {

		public Participant {
			attempts = List.copyOf(attempts);
		}

	}

	public record Score(int number, @Nullable BigDecimal score, @Nullable Instant submittedAt, boolean timedOut) {
	}

	/** A question's statistics with its text. */
	public record Question(int position, String text, QuestionKind kind, QuestionStatistics statistics) {
	}

}
