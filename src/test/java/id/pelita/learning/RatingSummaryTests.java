package id.pelita.learning;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RatingSummaryTests {

	@Test
	void theMeanIsTheWeightedAverageRoundedHalfUpToTwoDecimals() {
		// 1x2 + 2x3 + 4x5 = 28 over 7 ratings = 4.0
		assertThat(RatingSummary.of(0, 1, 2, 0, 4).mean()).isEqualByComparingTo("4.00");
		// 5 + 4 + 4 = 13 / 3 = 4.333...
		assertThat(RatingSummary.of(0, 0, 0, 2, 1).mean()).isEqualByComparingTo("4.33");
		// 1 + 2 = 3 / 2 = 1.5; 2 + 3 + 3 = 8 / 3 = 2.666... -> 2.67
		assertThat(RatingSummary.of(1, 1, 0, 0, 0).mean()).isEqualByComparingTo("1.50");
		assertThat(RatingSummary.of(0, 1, 2, 0, 0).mean()).isEqualByComparingTo("2.67");
	}

	@Test
	void noRatingsHaveNoMeanAndNoShares() {
		assertThat(RatingSummary.NONE.mean()).isNull();
		assertThat(RatingSummary.NONE.count()).isZero();
		assertThat(RatingSummary.NONE.percentOf(3)).isZero();
	}

	@Test
	void sharesAndCountsPerRating() {
		RatingSummary summary = RatingSummary.of(1, 0, 1, 0, 1);
		assertThat(summary.count()).isEqualTo(3);
		assertThat(summary.countOf(5)).isEqualTo(1);
		assertThat(summary.percentOf(1)).isEqualTo(33);
		assertThat(summary.percentOf(2)).isZero();
		assertThat(RatingSummary.of(0, 0, 2, 0, 1).percentOf(3)).isEqualTo(67);
	}

	@Test
	void summariesAddUpToASectionsOverallFigure() {
		RatingSummary overall = RatingSummary.sum(List.of(RatingSummary.of(0, 0, 0, 2, 1), RatingSummary.of(1, 0, 0, 0, 2)));
		assertThat(overall.distribution()).containsExactly(1, 0, 0, 2, 3);
		// 1 + 8 + 15 = 24 / 6 = 4.0
		assertThat(overall.mean()).isEqualByComparingTo("4.00");
		assertThat(RatingSummary.sum(List.of())).isEqualTo(RatingSummary.NONE);
	}

	@Test
	void aDistributionHasFiveCountsOfZeroOrMore() {
		assertThatIllegalArgumentException().isThrownBy(() -> RatingSummary.of(1, 2, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> RatingSummary.of(1, 2, 3, 4, -1));
	}

}
