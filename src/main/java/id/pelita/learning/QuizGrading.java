package id.pelita.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Which score of a person's graded attempts counts for a quiz. */
public enum QuizGrading {

	/** The best attempt. */
	HIGHEST,
	/** The latest graded attempt. */
	LAST,
	/** The mean of all graded attempts, rounded half up to two decimals. */
	AVERAGE;

	/** The score kept from the attempts' scores (0-100) in the order they were started; empty without any. */
	public Optional<BigDecimal> keep(List<BigDecimal> scoresInOrder) {
		if (scoresInOrder.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(switch (this) {
			case HIGHEST -> Collections.max(scoresInOrder);
			case LAST -> scoresInOrder.getLast();
			case AVERAGE -> scoresInOrder.stream()
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(scoresInOrder.size()), 2, RoundingMode.HALF_UP);
		});
	}

	/** The translation key of its label. */
	public String labelKey() {
		return "quiz.grading." + name();
	}

}
