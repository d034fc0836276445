package id.pelita.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.Race;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Submissions racing each other: one person's form sent from eight tabs at once counts once; twenty people
 * submitting at the same moment (the first of them fixing the instructors) all count (H2 and PostgreSQL).
 */
abstract class SurveyConcurrencyTests extends SurveyTestBase {

	@Test
	void oneFormSubmittedFromEightTabsAtOnceCountsOnce() throws Exception {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser participant = this.fixtures.participant(runId);
		SurveyForm form = form(participant, runId, moduleId);
		SurveyAnswers answers = all(form, 4, "Sekali saja");

		List<Object> results = race(8, index -> () -> as(participant, () -> {
			this.surveys.submit(runId, moduleId, answers);
			return "stored";
		}));

		assertThat(results).filteredOn("stored"::equals).hasSize(1);
		assertThat(results).filteredOn(UserFacingException.class::isInstance)
			.hasSize(7)
			.allSatisfy(refusal -> assertThat(((UserFacingException) refusal).messageKey())
				.isEqualTo("survey.error.alreadySubmitted"));
		assertThat(rows("survey_submission", moduleId)).isEqualTo(1);
		assertThat(rows("survey_response", moduleId)).isEqualTo(1);
		SurveyReport report = asOrganiser(() -> this.results.report(runId, moduleId));
		assertThat(report.organisation()).allSatisfy(item -> assertThat(item.summary().count()).isEqualTo(1));
	}

	@Test
	void twentyPeopleSubmittingAtOnceAreAllCounted() throws Exception {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		this.fixtures.live().session(runId, java.time.Duration.ofDays(1), 60);
		List<PelitaUser> people = new ArrayList<>();
		List<SurveyForm> forms = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			PelitaUser person = this.fixtures.participant(runId);
			people.add(person);
			forms.add(form(person, runId, moduleId));
		}

		List<Object> results = race(20, index -> () -> as(people.get(index), () -> {
			this.surveys.submit(runId, moduleId, all(forms.get(index), 1 + index % 5, ""));
			return "stored";
		}));

		assertThat(results).containsOnly("stored");
		SurveyReport report = asOrganiser(() -> this.results.report(runId, moduleId));
		assertThat(report.responses()).isEqualTo(20);
		assertThat(report.organisation().getFirst().summary().distribution()).containsExactly(4, 4, 4, 4, 4);
		assertThat(report.instructors()).singleElement()
			.satisfies(instructor -> assertThat(instructor.overall().mean()).isEqualByComparingTo("3.00"));
	}

	private static List<Object> race(int count, IntFunction<Callable<Object>> task) throws Exception {
		return Race.run(IntStream.range(0, count).mapToObj(task).toList());
	}

}
