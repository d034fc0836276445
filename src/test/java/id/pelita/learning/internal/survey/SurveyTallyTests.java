package id.pelita.learning.internal.survey;

import java.util.List;
import java.util.Map;

import id.pelita.learning.SurveyInstructor;
import id.pelita.learning.SurveyItem;
import id.pelita.learning.SurveyReport.InstructorResult;
import id.pelita.learning.SurveyReport.ItemResult;
import id.pelita.learning.SurveySection;
import id.pelita.learning.internal.survey.SurveyStore.RatingCount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyTallyTests {

	private static final SurveyItem SCHEDULE = new SurveyItem(1, SurveySection.ORGANISATION, 1, "Jadwal");

	private static final SurveyItem PLATFORM = new SurveyItem(2, SurveySection.ORGANISATION, 2, "LMS");

	private static final SurveyItem RELEVANT = new SurveyItem(3, SurveySection.MATERIALS, 3, "Relevan");

	private static final SurveyItem MASTERY = new SurveyItem(4, SurveySection.INSTRUCTOR, 4, "Menguasai");

	private static final SurveyItem CLARITY = new SurveyItem(5, SurveySection.INSTRUCTOR, 5, "Jelas");

	private static final SurveyItem BETTER = new SurveyItem(6, SurveySection.FREE_TEXT, 6, "Perbaikan");

	private static final List<SurveyItem> ITEMS = List.of(SCHEDULE, PLATFORM, RELEVANT, MASTERY, CLARITY, BETTER);

	@Test
	void eachItemGetsItsOwnDistributionAndEachInstructorTheirs() {
		SurveyTally tally = new SurveyTally(ITEMS,
				List.of(new RatingCount(1, null, 4, 2), new RatingCount(1, null, 5, 1), new RatingCount(3, null, 2, 3),
						new RatingCount(4, 10L, 5, 3), new RatingCount(5, 10L, 4, 3), new RatingCount(4, 11L, 1, 1),
						new RatingCount(4, 11L, 3, 2), new RatingCount(5, 11L, 2, 3)));

		List<ItemResult> organisation = tally.section(SurveySection.ORGANISATION);
		assertThat(organisation).extracting(result -> result.item().text()).containsExactly("Jadwal", "LMS");
		assertThat(organisation.get(0).summary().distribution()).containsExactly(0, 0, 0, 2, 1);
		assertThat(organisation.get(1).summary().count()).isZero();
		assertThat(tally.section(SurveySection.MATERIALS).getFirst().summary().mean()).isEqualByComparingTo("2.00");

		List<InstructorResult> instructors = tally.instructors(List.of(new SurveyInstructor(10L, "Dr. Siti", null),
				new SurveyInstructor(11L, "Ir. Budi", null), new SurveyInstructor(null, "Belum dinilai", null)));
		assertThat(instructors).extracting(InstructorResult::name).containsExactly("Dr. Siti", "Ir. Budi", "Belum dinilai");
		// Dr. Siti: 3 x 5 and 3 x 4 = 27 / 6 = 4.5
		assertThat(instructors.get(0).overall().mean()).isEqualByComparingTo("4.50");
		// Ir. Budi: mastery 1 + 3 + 3 = 7 / 3 = 2.33; clarity 2; overall 7 + 6 = 13 / 6 = 2.17
		assertThat(instructors.get(1).items().get(0).summary().mean()).isEqualByComparingTo("2.33");
		assertThat(instructors.get(1).items().get(1).summary().mean()).isEqualByComparingTo("2.00");
		assertThat(instructors.get(1).overall().mean()).isEqualByComparingTo("2.17");
		assertThat(instructors.get(1).items()).allSatisfy(item -> assertThat(item.instructor()).isEqualTo("Ir. Budi"));
		assertThat(instructors.get(2).overall().count()).isZero();
	}

	@Test
	void freeTextQuestionsListTheirAnswersAndQuestionsWithoutAnswersAppearEmpty() {
		SurveyTally tally = new SurveyTally(ITEMS, List.of());
		assertThat(tally.texts(Map.of(6L, List.of("Sinyal", "Waktu")))).singleElement().satisfies(text -> {
			assertThat(text.item()).isEqualTo(BETTER);
			assertThat(text.answers()).containsExactly("Sinyal", "Waktu");
		});
		assertThat(tally.texts(Map.of()).getFirst().answers()).isEmpty();
	}

}
