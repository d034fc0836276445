package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.pelita.learning.QuestionStatistics;
import id.pelita.learning.internal.quiz.AttemptStore.SlotScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facility and discrimination checked against values computed by hand. Four attempts, three questions
 * (Q2 worth 2 points):
 * <pre>
 *        Q1  Q2  Q3  total
 *   A1    1   2   1    4
 *   A2    1   0   1    2
 *   A3    0   1   0    1
 *   A4    0   0   0    0
 * </pre>
 * Q1: F = 2/4 = 50 %; rest of test [3,1,1,0], r = 1.5 / sqrt(1 x 4.75) = 0.6882 -> D = 68.82.
 * Q2: F = 3/8 = 37.5 %; rest [2,2,0,0], r = 1 / sqrt(2.75 x 4) = 0.3015 -> D = 30.15.
 * Q3 has the marks of Q1: F = 50 %, D = 68.82. Q4 (everyone right): F = 100 %, D undefined.
 */
class QuizStatisticsTests {

	@Test
	void facilityAndDiscriminationAsMoodleComputesThem() {
		double[][] marks = { { 1, 2, 1, 1 }, { 1, 0, 1, 1 }, { 0, 1, 0, 1 }, { 0, 0, 0, 1 } };
		double[] max = { 1, 2, 1, 1 };
		List<SlotScore> slots = new ArrayList<>();
		for (int attempt = 0; attempt < 4; attempt++) {
			for (int q = 0; q < 4; q++) {
				slots.add(new SlotScore(attempt + 1, q + 1, BigDecimal.valueOf(marks[attempt][q]), BigDecimal.valueOf(max[q])));
			}
		}

		List<QuestionStatistics> stats = QuizStatistics.of(slots);

		assertThat(stats).extracting(QuestionStatistics::questionId).containsExactly(1L, 2L, 3L, 4L);
		assertThat(stats.get(0).facility()).isEqualByComparingTo("50.00");
		assertThat(stats.get(0).discrimination()).isEqualByComparingTo("68.82");
		assertThat(stats.get(1).facility()).isEqualByComparingTo("37.50");
		assertThat(stats.get(1).discrimination()).isEqualByComparingTo("30.15");
		assertThat(stats.get(2).discrimination()).isEqualByComparingTo("68.82");
		assertThat(stats.get(3).facility()).isEqualByComparingTo("100.00");
		assertThat(stats.get(3).discrimination()).isNull();
		assertThat(stats.get(0).attempts()).isEqualTo(4);
	}

	@Test
	void aQuestionThatSplitsTheGroupExactlyAgainstTheRestDoesNotDiscriminate() {
		double[][] marks = { { 1, 1, 1 }, { 0, 1, 1 }, { 1, 0, 0 }, { 0, 0, 0 } };
		List<SlotScore> slots = new ArrayList<>();
		for (int attempt = 0; attempt < 4; attempt++) {
			for (int q = 0; q < 3; q++) {
				slots.add(new SlotScore(attempt + 1, q + 1, BigDecimal.valueOf(marks[attempt][q]), BigDecimal.ONE));
			}
		}
		assertThat(QuizStatistics.of(slots).getFirst().discrimination()).isEqualByComparingTo("0.00");
	}

}
