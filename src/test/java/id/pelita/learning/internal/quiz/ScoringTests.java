package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import id.pelita.learning.QuestionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTests {

	private static QuestionKey choice(QuestionKind kind, boolean partial, Set<Long> right) {
		return new QuestionKey(1, kind, BigDecimal.valueOf(2), partial, List.of(10L, 11L, 12L, 13L), right, null,
				List.of(), null, null, 1);
	}

	@Test
	void singleChoiceIsAllOrNothing() {
		QuestionKey key = choice(QuestionKind.SINGLE_CHOICE, false, Set.of(11L));
		assertThat(Scoring.fraction(key, "11")).isEqualByComparingTo("1");
		assertThat(Scoring.fraction(key, "10")).isEqualByComparingTo("0");
		assertThat(Scoring.fraction(key, null)).isEqualByComparingTo("0");
		assertThat(Scoring.fraction(key, "10,11")).isEqualByComparingTo("0");
		assertThat(Scoring.awarded(key, BigDecimal.valueOf(2), "11")).isEqualByComparingTo("2");
	}

	@Test
	void multipleChoiceWithoutPartialCreditWantsExactlyTheRightSet() {
		QuestionKey key = choice(QuestionKind.MULTIPLE_CHOICE, false, Set.of(10L, 12L));
		assertThat(Scoring.fraction(key, "12,10")).isEqualByComparingTo("1");
		assertThat(Scoring.fraction(key, "10")).isEqualByComparingTo("0");
		assertThat(Scoring.fraction(key, "10,12,13")).isEqualByComparingTo("0");
	}

	@Test
	void partialCreditEarnsPerRightOptionAndLosesPerWrongOne() {
		QuestionKey key = choice(QuestionKind.MULTIPLE_CHOICE, true, Set.of(10L, 12L));
		assertThat(Scoring.fraction(key, "10")).isEqualByComparingTo("0.5");
		assertThat(Scoring.fraction(key, "10,12")).isEqualByComparingTo("1");
		assertThat(Scoring.fraction(key, "10,12,13")).isEqualByComparingTo("0.5");
		assertThat(Scoring.fraction(key, "10,11,12,13")).isEqualByComparingTo("0");
		assertThat(Scoring.fraction(key, "11,13")).isEqualByComparingTo("0");
		assertThat(Scoring.awarded(key, BigDecimal.valueOf(2), "12")).isEqualByComparingTo("1");
	}

	@Test
	void trueFalse() {
		QuestionKey key = new QuestionKey(1, QuestionKind.TRUE_FALSE, BigDecimal.ONE, false, List.of(), Set.of(), false,
				List.of(), null, null, 1);
		assertThat(Scoring.fraction(key, "false")).isEqualByComparingTo("1");
		assertThat(Scoring.fraction(key, "true")).isEqualByComparingTo("0");
		assertThat(Scoring.fraction(key, "salah")).isEqualByComparingTo("0");
	}

	@Test
	void shortAnswerIgnoresCaseAndSurroundingSpaces() {
		QuestionKey key = new QuestionKey(1, QuestionKind.SHORT_ANSWER, BigDecimal.ONE, false, List.of(), Set.of(), null,
				List.of("Aparatur Sipil Negara", "ASN"), null, null, 1);
		assertThat(Scoring.fraction(key, "  asn ")).isEqualByComparingTo("1");
		assertThat(Scoring.fraction(key, "aparatur  sipil negara")).isEqualByComparingTo("1");
		assertThat(Scoring.fraction(key, "PNS")).isEqualByComparingTo("0");
		assertThat(Scoring.fraction(key, "AS N")).isEqualByComparingTo("0");
	}

	@Test
	void numericIsRightWithinTheToleranceBoundariesIncluded() {
		QuestionKey key = new QuestionKey(1, QuestionKind.NUMERIC, BigDecimal.ONE, false, List.of(), Set.of(), null,
				List.of(), new BigDecimal("18"), new BigDecimal("0.5"), 1);
		assertThat(Scoring.fraction(key, "18")).isEqualByComparingTo("1");
		assertThat(Scoring.fraction(key, "17,5")).isEqualByComparingTo("1");
		assertThat(Scoring.fraction(key, "18.5")).isEqualByComparingTo("1");
		assertThat(Scoring.fraction(key, "18.51")).isEqualByComparingTo("0");
		assertThat(Scoring.fraction(key, "delapan belas")).isEqualByComparingTo("0");
		QuestionKey exact = new QuestionKey(1, QuestionKind.NUMERIC, BigDecimal.ONE, false, List.of(), Set.of(), null,
				List.of(), new BigDecimal("3.14"), BigDecimal.ZERO, 1);
		assertThat(Scoring.fraction(exact, "3,14")).isEqualByComparingTo("1");
		assertThat(Scoring.fraction(exact, "3.141")).isEqualByComparingTo("0");
	}

	@Test
	void theScoreIsPointsOverMaximumInPercent() {
		assertThat(Scoring.percent(new BigDecimal("2.5"), new BigDecimal("3"))).isEqualByComparingTo("83.33");
		assertThat(Scoring.percent(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualByComparingTo("0");
	}

}
