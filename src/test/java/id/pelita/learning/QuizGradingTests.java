package id.pelita.learning;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuizGradingTests {

	private static final List<BigDecimal> SCORES = List.of(new BigDecimal("60.00"), new BigDecimal("90.00"),
			new BigDecimal("75.50"));

	@Test
	void highestKeepsTheBestAttempt() {
		assertThat(QuizGrading.HIGHEST.keep(SCORES)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("90"));
	}

	@Test
	void lastKeepsTheLatestAttempt() {
		assertThat(QuizGrading.LAST.keep(SCORES)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("75.5"));
	}

	@Test
	void averageIsRoundedHalfUpToTwoDecimals() {
		assertThat(QuizGrading.AVERAGE.keep(SCORES)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("75.17"));
		assertThat(QuizGrading.AVERAGE.keep(List.of(new BigDecimal("70"), new BigDecimal("70.01"))))
			.hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("70.01"));
	}

	@Test
	void noGradedAttemptKeepsNothing() {
		assertThat(QuizGrading.HIGHEST.keep(List.of())).isEmpty();
	}

	@Test
	void medianOfAnEvenNumberIsTheMeanOfTheMiddleTwo() {
		assertThat(QuizResults.median(List.of(new BigDecimal("50"), new BigDecimal("80"), new BigDecimal("60"),
				new BigDecimal("100")))).isEqualByComparingTo("70");
		assertThat(QuizResults.median(List.of(new BigDecimal("50"), new BigDecimal("80"), new BigDecimal("60"))))
			.isEqualByComparingTo("60");
	}

}
