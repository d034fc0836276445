package id.pelita.learning.internal.survey;

import java.util.List;
import java.util.Map;

import id.pelita.learning.SurveyAnswers;
import id.pelita.learning.SurveyAnswers.Rated;
import id.pelita.learning.SurveyInstructor;
import id.pelita.learning.SurveyItem;
import id.pelita.learning.SurveySection;
import id.pelita.shared.UserFacingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ResponseCheckTests {

	private static final List<SurveyItem> ITEMS = List.of(new SurveyItem(1, SurveySection.ORGANISATION, 1, "Jadwal"),
			new SurveyItem(2, SurveySection.INSTRUCTOR, 2, "Menguasai"),
			new SurveyItem(3, SurveySection.FREE_TEXT, 3, "Saran"));

	private static final List<SurveyInstructor> TWO = List.of(new SurveyInstructor(10L, "Dr. Siti", null),
			new SurveyInstructor(11L, "Ir. Budi", null));

	@Test
	void aCompleteResponseBecomesARowPerRatingAndPerNonBlankText() {
		List<SurveyStore.Answer> rows = ResponseCheck.check(ITEMS, TWO, answers(
				Map.of(Rated.item(1), 4, new Rated(2, "Dr. Siti"), 5, new Rated(2, "Ir. Budi"), 3),
				Map.of(3L, "  Lebih banyak praktik  ")));
		assertThat(rows).containsExactlyInAnyOrder(new SurveyStore.Answer(1, null, 4, null),
				new SurveyStore.Answer(2, 10L, 5, null), new SurveyStore.Answer(2, 11L, 3, null),
				new SurveyStore.Answer(3, null, null, "Lebih banyak praktik"));
		assertThat(ResponseCheck.check(ITEMS, TWO, answers(
				Map.of(Rated.item(1), 4, new Rated(2, "Dr. Siti"), 5, new Rated(2, "Ir. Budi"), 3), Map.of(3L, " "))))
			.hasSize(3);
	}

	@Test
	void everyInstructorMustBeRatedOnEveryInstructorItem() {
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> ResponseCheck.check(ITEMS, TWO,
					answers(Map.of(Rated.item(1), 4, new Rated(2, "Dr. Siti"), 5), Map.of())))
			.satisfies(ex -> {
				assertThat(ex.messageKey()).isEqualTo("survey.error.unanswered");
				assertThat(ex.arguments()).containsExactly(1);
			});
	}

	@Test
	void anInstructorItemWithoutInstructorsAsksNothing() {
		assertThat(ResponseCheck.check(ITEMS, List.of(), answers(Map.of(Rated.item(1), 2), Map.of()))).hasSize(1);
	}

	@Test
	void ratingsOutsideOneToFiveAndRatingsOfTheWrongKindAreRefused() {
		Map<Rated, Integer> zero = Map.of(Rated.item(1), 0, new Rated(2, "Dr. Siti"), 5, new Rated(2, "Ir. Budi"), 3);
		assertThat(key(zero, Map.of())).isEqualTo("survey.error.rating");
		assertThat(key(Map.of(Rated.item(3), 3), Map.of())).isEqualTo("survey.error.unknownItem");
		assertThat(key(Map.of(Rated.item(2), 3), Map.of())).isEqualTo("survey.error.unknownItem");
		assertThat(key(Map.of(new Rated(1, "Dr. Siti"), 3), Map.of())).isEqualTo("survey.error.unknownItem");
		assertThat(key(Map.of(), Map.of(1L, "teks"))).isEqualTo("survey.error.unknownItem");
		assertThat(key(Map.of(), Map.of(3L, "x".repeat(ResponseCheck.MAX_TEXT + 1)))).isEqualTo("survey.error.textTooLong");
	}

	private static String key(Map<Rated, Integer> ratings, Map<Long, String> texts) {
		try {
			ResponseCheck.check(ITEMS, TWO, answers(ratings, texts));
		}
		catch (UserFacingException ex) {
			return ex.messageKey();
		}
		throw new AssertionError("expected a refusal");
	}

	private static SurveyAnswers answers(Map<Rated, Integer> ratings, Map<Long, String> texts) {
		return new SurveyAnswers(0, List.of("Dr. Siti", "Ir. Budi"), ratings, texts);
	}

}
