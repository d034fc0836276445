package id.pelita.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How often each rating 1-5 was given to a Likert item (or to all items of a group together).
 *
 * @param distribution five counts: how many gave 1, 2, 3, 4 and 5
 */
public record RatingSummary(List<Integer> distribution) {

	public static final RatingSummary NONE = new RatingSummary(List.of(0, 0, 0, 0, 0));

	public RatingSummary {
		if (distribution.size() != 5 || distribution.stream().anyMatch(count -> count < 0)) {
			throw new IllegalArgumentException("five counts of zero or more expected: " + distribution);
		}
		distribution = List.copyOf(distribution);
	}

	/** The summary of ratings counted per value: {@code counts[0]} for 1 ... {@code counts[4]} for 5. */
	public static RatingSummary of(int... counts) {
		return new RatingSummary(java.util.Arrays.stream(counts).boxed().toList());
	}

	/** All ratings of the summaries together (a section's or an instructor's overall figure). */
	public static RatingSummary sum(Collection<RatingSummary> summaries) {
		int[] counts = new int[5];
		for (RatingSummary summary : summaries) {
			for (int value = 0; value < 5; value++) {
				counts[value] += summary.distribution.get(value);
			}
		}
		return of(counts);
	}

	/** How many ratings were given. */
	public int count() {
		return this.distribution.stream().mapToInt(Integer::intValue).sum();
	}

	/** How many gave this rating (1-5). */
	public int countOf(int rating) {
		return this.distribution.get(rating - 1);
	}

	/** The mean rating, to two decimals (half up); {@code null} when nobody rated. */
	public @Nullable BigDecimal mean() {
		int count = count();
		if (count == 0) {
			return null;
		}
		long total = 0;
		for (int value = 1; value <= 5; value++) {
			total += (long) value * countOf(value);
		}
		return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}

	/** The share of ratings with this value, in whole percent of all ratings (0 when nobody rated). */
	public int percentOf(int rating) {
		int count = count();
		return count == 0 ? 0
				: BigDecimal.valueOf(100L * countOf(rating)).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
					.intValue();
	}

}
