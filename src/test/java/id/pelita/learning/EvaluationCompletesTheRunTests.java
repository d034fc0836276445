package id.pelita.learning;

import java.util.HashMap;
import java.util.Map;

import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The path and the real evaluation survey together: submitting the evaluation (the last step) completes the run in
 * the same transaction, "Selesai" at once, and a second submission publishes nothing more.
 */
@H2Test
@Import(LearningTestConfiguration.class)
class EvaluationCompletesTheRunTests {

	@Autowired
	ApplicationContext context;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void submittingTheEvaluationCompletesTheRunOnce() {
		LearningFixtures fixtures = new LearningFixtures(this.context);
		long courseId = fixtures.course();
		fixtures.templateModule(courseId, ModuleKind.LESSON, "Pengantar");
		fixtures.templateModule(courseId, ModuleKind.SURVEY, "Evaluasi penyelenggaraan", true,
				new Unlock(true, null, null), null);
		long runId = fixtures.run(courseId);
		PelitaUser ani = fixtures.participant(runId);
		PathModule lesson = fixtures.runModule(runId, ModuleKind.LESSON);
		PathModule survey = fixtures.runModule(runId, ModuleKind.SURVEY);
		assertThat(fixtures.rule(runId).evaluationModuleId()).isEqualTo(survey.id());
		EvaluationSurveys surveys = this.context.getBean(EvaluationSurveys.class);

		fixtures.as(ani, () -> fixtures.path().markDone(runId, lesson.id()));
		MyPath before = fixtures.as(ani, () -> fixtures.path().myPath(runId));
		assertThat(before.lacking()).extracting(Lack::kind).containsExactly(Lack.Kind.EVALUATION);
		ModuleContent opened = fixtures.as(ani, () -> fixtures.path().open(runId, survey.id()));
		assertThat(opened.route()).isEqualTo("kursus-saya/" + runId + "/evaluasi/" + survey.id());

		SurveyAnswers answers = fixtures.as(ani, () -> answers(surveys.form(runId, survey.id())));
		fixtures.as(ani, () -> {
			surveys.submit(runId, survey.id(), answers);
			return null;
		});

		MyPath after = fixtures.as(ani, () -> fixtures.path().myPath(runId));
		assertThat(after.completed()).isTrue();
		assertThat(after.percent()).isEqualTo(100);
		assertThat(fixtures.published().completions(runId, ani.accountId())).isEqualTo(1);
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> fixtures.as(ani, () -> {
			surveys.submit(runId, survey.id(), answers);
			return null;
		}));
		assertThat(fixtures.published().completions(runId, ani.accountId())).isEqualTo(1);
	}

	/** Every Likert item rated 4 (instructor items once per instructor), no free text. */
	private static SurveyAnswers answers(SurveyForm form) {
		Map<SurveyAnswers.Rated, Integer> ratings = new HashMap<>();
		for (SurveyItem item : form.items()) {
			if (item.section() == SurveySection.INSTRUCTOR) {
				form.instructors().forEach(name -> ratings.put(new SurveyAnswers.Rated(item.id(), name), 4));
			}
			else if (item.section().likert()) {
				ratings.put(SurveyAnswers.Rated.item(item.id()), 4);
			}
		}
		return new SurveyAnswers(form.version(), form.instructors(), ratings, Map.of());
	}

}
