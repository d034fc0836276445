package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Scores an answer against a question's key, on the server only. An answer is stored as text: the chosen
 * option's id, the chosen option ids joined by commas, {@code true}/{@code false}, the typed text or the typed
 * number (comma or point as decimal separator).
 * <ul>
 * <li>single choice, true/false: all or nothing;</li>
 * <li>multiple choice without partial credit: all or nothing, the chosen set must be exactly the right set;
 * with partial credit (as Moodle's usual weights): each right option chosen earns 1/r, each wrong option chosen
 * costs 1/w (r right and w wrong options), never below zero;</li>
 * <li>short answer: equal to one accepted answer ignoring case and surrounding spaces (and runs of inner
 * spaces);</li>
 * <li>numeric: within the tolerance either side, boundaries included.</li>
 * </ul>
 */
final class Scoring {

	static final BigDecimal ONE = BigDecimal.ONE;

	private Scoring() {
	}

	/** The share of the question's points the answer earns, 0 to 1 (six decimals); 0 for no answer. */
	static BigDecimal fraction(QuestionKey key, @Nullable String answer) {
		if (answer == null || answer.isBlank()) {
			return BigDecimal.ZERO;
		}
		return switch (key.kind()) {
			case SINGLE_CHOICE -> optionIds(answer).equals(key.correctOptions()) && key.correctOptions().size() == 1
					? ONE : BigDecimal.ZERO;
			case MULTIPLE_CHOICE -> multiple(key, optionIds(answer));
			case TRUE_FALSE -> Boolean.valueOf(answer.strip()).equals(key.trueAnswer())
					&& ("true".equals(answer.strip()) || "false".equals(answer.strip())) ? ONE : BigDecimal.ZERO;
			case SHORT_ANSWER -> key.acceptedAnswers().stream().map(Scoring::normalise).anyMatch(normalise(answer)::equals)
					? ONE : BigDecimal.ZERO;
			case NUMERIC -> numeric(key, answer);
		};
	}

	/** Points earned: the fraction of the points, three decimals. */
	static BigDecimal awarded(QuestionKey key, BigDecimal maxPoints, @Nullable String answer) {
		return fraction(key, answer).multiply(maxPoints).setScale(3, RoundingMode.HALF_UP);
	}

	/** The attempt's score 0-100 with two decimals, from points earned over points possible. */
	static BigDecimal percent(BigDecimal points, BigDecimal maxPoints) {
		if (maxPoints.signum() == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return points.multiply(BigDecimal.valueOf(100)).divide(maxPoints, 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal multiple(QuestionKey key, Set<Long> chosen) {
		Set<Long> right = key.correctOptions();
		if (!key.partialCredit()) {
			return chosen.equals(right) ? ONE : BigDecimal.ZERO;
		}
		long rightChosen = chosen.stream().filter(right::contains).count();
		long wrongChosen = chosen.stream().filter(id -> !right.contains(id) && key.optionIds().contains(id)).count();
		int wrongOptions = key.optionIds().size() - right.size();
		BigDecimal earned = right.isEmpty() ? BigDecimal.ZERO
				: BigDecimal.valueOf(rightChosen).divide(BigDecimal.valueOf(right.size()), 6, RoundingMode.HALF_UP);
		BigDecimal lost = wrongOptions == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(wrongChosen).divide(BigDecimal.valueOf(wrongOptions), 6, RoundingMode.HALF_UP);
		BigDecimal result = earned.subtract(lost);
		return result.signum() < 0 ? BigDecimal.ZERO : result.min(ONE);
	}

	private static BigDecimal numeric(QuestionKey key, String answer) {
		Optional<BigDecimal> given = number(answer);
		if (given.isEmpty() || key.numericAnswer() == null) {
			return BigDecimal.ZERO;
		}
		BigDecimal tolerance = key.tolerance() == null ? BigDecimal.ZERO : key.tolerance().abs();
		return given.get().subtract(key.numericAnswer()).abs().compareTo(tolerance) <= 0 ? ONE : BigDecimal.ZERO;
	}

	/** The typed number, with a comma or a point as decimal separator; empty when it is not a number. */
	static Optional<BigDecimal> number(String text) {
		String compact = text.strip().replace(" ", "");
		if (compact.indexOf(',') >= 0 && compact.indexOf('.') < 0) {
			compact = compact.replace(',', '.');
		}
		try {
			return Optional.of(new BigDecimal(compact));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	static String normalise(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** The option ids of a choice answer; unknown text gives no ids. */
	static Set<Long> optionIds(String answer) {
		try {
			return java.util.Arrays.stream(answer.split(","))
				.map(String::strip)
				.filter(part -> !part.isEmpty())
				.map(Long::valueOf)
				.collect(Collectors.toSet());
		}
		catch (NumberFormatException ex) {
			return Set.of();
		}
	}

	/** The stored text of chosen options: ids sorted, joined by commas. */
	static String joined(Collection<Long> optionIds) {
		return optionIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

}
