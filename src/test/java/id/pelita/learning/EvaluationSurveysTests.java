package id.pelita.learning;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pelita.learning.SurveyAnswers.Rated;
import id.pelita.learning.internal.AssessmentChanged;
import id.pelita.learning.internal.survey.SurveyProgress;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Filling in and submitting a run's evaluation survey (H2 and PostgreSQL subclasses). */
@RecordApplicationEvents
abstract class EvaluationSurveysTests extends SurveyTestBase {

	@Autowired
	SurveyProgress progress;

	@Test
	void aParticipantSubmitsTheStandardFormOnceAndThePathSeesItDone(@Autowired ApplicationEvents events) {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser participant = this.fixtures.participant(runId);

		SurveyForm form = form(participant, runId, moduleId);
		assertThat(form.submitted()).isFalse();
		assertThat(form.itemsOf(SurveySection.ORGANISATION)).isNotEmpty();
		assertThat(form.itemsOf(SurveySection.MATERIALS)).isNotEmpty();
		assertThat(form.itemsOf(SurveySection.FREE_TEXT)).isNotEmpty();
		submit(participant, runId, moduleId, 4, "Materinya bermanfaat");

		assertThat(form(participant, runId, moduleId).submitted()).isTrue();
		assertThat(this.progress.outcomes(runId, participant.accountId()).get(moduleId).done()).isTrue();
		assertThat(events.stream(AssessmentChanged.class))
			.containsExactly(new AssessmentChanged(runId, participant.accountId(), moduleId));
		assertThat(refusal(() -> submit(participant, runId, moduleId, 5, "")).messageKey())
			.isEqualTo("survey.error.alreadySubmitted");
		assertThat(rows("survey_response", moduleId)).isEqualTo(1);
		assertThat(events.stream(AssessmentChanged.class)).hasSize(1);
	}

	@Test
	void aMissingRatingIsRefusedWithTheNumberMissingAndNothingIsSaved() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser participant = this.fixtures.participant(runId);
		SurveyForm form = form(participant, runId, moduleId);
		SurveyAnswers full = all(form, 3, "");
		Map<Rated, Integer> fewer = new HashMap<>(full.ratings());
		fewer.remove(Rated.item(form.itemsOf(SurveySection.MATERIALS).getFirst().id()));
		fewer.remove(Rated.item(form.itemsOf(SurveySection.ORGANISATION).getFirst().id()));

		var refused = refusal(() -> as(participant, () -> {
			this.surveys.submit(runId, moduleId, new SurveyAnswers(form.version(), form.instructors(), fewer, Map.of()));
			return null;
		}));

		assertThat(refused.messageKey()).isEqualTo("survey.error.unanswered");
		assertThat(refused.arguments()).containsExactly(2);
		assertThat(rows("survey_submission", moduleId)).isZero();
		assertThat(rows("survey_response", moduleId)).isZero();
		assertThat(form(participant, runId, moduleId).submitted()).isFalse();
	}

	@Test
	void badRatingsUnknownItemsAndOverlongTextsAreRefused() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser participant = this.fixtures.participant(runId);
		SurveyForm form = form(participant, runId, moduleId);
		SurveyAnswers full = all(form, 3, "");
		long likert = form.itemsOf(SurveySection.ORGANISATION).getFirst().id();
		long freeText = form.itemsOf(SurveySection.FREE_TEXT).getFirst().id();

		Map<Rated, Integer> six = new HashMap<>(full.ratings());
		six.put(Rated.item(likert), 6);
		Map<Rated, Integer> foreign = new HashMap<>(full.ratings());
		foreign.put(Rated.item(999_999), 3);
		Map<Rated, Integer> instructorUnknown = new HashMap<>(full.ratings());
		instructorUnknown.put(new Rated(likert, "Orang Lain"), 3);

		assertThat(refusedWith(participant, runId, moduleId, form, six, Map.of())).isEqualTo("survey.error.rating");
		assertThat(refusedWith(participant, runId, moduleId, form, foreign, Map.of()))
			.isEqualTo("survey.error.unknownItem");
		assertThat(refusedWith(participant, runId, moduleId, form, instructorUnknown, Map.of()))
			.isEqualTo("survey.error.unknownItem");
		assertThat(refusedWith(participant, runId, moduleId, form, full.ratings(), Map.of(freeText, "x".repeat(2001))))
			.isEqualTo("survey.error.textTooLong");
		assertThat(refusedWith(participant, runId, moduleId, form, full.ratings(), Map.of(likert, "teks")))
			.isEqualTo("survey.error.unknownItem");
		assertThat(rows("survey_submission", moduleId)).isZero();
	}

	@Test
	void onlyConfirmedParticipantsOfTheRunMayOpenOrSubmitIt() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		long otherRun = this.fixtures.run();
		PelitaUser outsider = this.fixtures.participant(otherRun);
		PelitaUser participant = this.fixtures.participant(runId);
		SurveyForm form = form(participant, runId, moduleId);

		assertThatExceptionOfType(OutsideScopeException.class).isThrownBy(() -> form(outsider, runId, moduleId))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("survey.error.notEnrolled"));
		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> as(outsider, () -> {
				this.surveys.submit(runId, moduleId, all(form, 5, ""));
				return null;
			}));
		assertThat(refusal(() -> form(participant, otherRun, moduleId)).messageKey())
			.isEqualTo("survey.error.notFound");
		long quiz = this.fixtures.module(this.fixtures.courseOf(runId), runId, "QUIZ");
		assertThat(refusal(() -> form(participant, runId, quiz)).messageKey()).isEqualTo("survey.error.notFound");
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> this.surveys.form(runId, moduleId));
		assertThat(rows("survey_submission", moduleId)).isZero();
	}

	@Test
	void theRunsSessionInstructorsAreRatedAndFixedByTheFirstResponse() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		this.fixtures.live().session(runId, Duration.ofDays(2), 60);
		this.fixtures.live().session(runId, Duration.ofDays(3), 60);
		PelitaUser first = this.fixtures.participant(runId);
		PelitaUser second = this.fixtures.participant(runId);

		SurveyForm form = form(first, runId, moduleId);
		assertThat(form.instructors()).containsExactly("Dr. Siti Rahma");
		submit(first, runId, moduleId, 5, "");
		submit(second, runId, moduleId, 3, "");

		SurveyDefinition definition = asOrganiser(() -> this.editor.definition(this.fixtures.courseOf(runId), moduleId));
		assertThat(definition.instructorsFixed()).isTrue();
		assertThat(definition.instructors()).extracting(SurveyInstructor::name).containsExactly("Dr. Siti Rahma");
		SurveyReport report = asOrganiser(() -> this.results.report(runId, moduleId));
		assertThat(report.instructors()).hasSize(1);
		assertThat(report.instructors().getFirst().overall().mean()).isEqualByComparingTo("4.00");
		assertThat(report.instructors().getFirst().items()).allSatisfy(item -> assertThat(item.summary().count()).isEqualTo(2));
	}

	@Test
	void answersToAFormThatChangedMeanwhileAreRefused() {
		long runId = this.fixtures.run();
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser participant = this.fixtures.participant(runId);
		SurveyForm before = form(participant, runId, moduleId);
		asOrganiser(() -> this.editor.addItem(moduleId, SurveySection.MATERIALS, "Studi kasus membantu pemahaman."));

		assertThat(refusal(() -> as(participant, () -> {
			this.surveys.submit(runId, moduleId, all(before, 4, ""));
			return null;
		})).messageKey()).isEqualTo("survey.error.changed");
		SurveyForm after = form(participant, runId, moduleId);
		assertThat(after.itemsOf(SurveySection.MATERIALS)).extracting(SurveyItem::text)
			.contains("Studi kasus membantu pemahaman.");
		as(participant, () -> {
			this.surveys.submit(runId, moduleId, all(after, 4, ""));
			return null;
		});
		assertThat(rows("survey_submission", moduleId)).isEqualTo(1);
	}

	@Test
	void theResponseTablesHoldNeitherTheAccountNorATime() {
		List<String> columns = this.jdbc.queryForList("""
				select lower(column_name) from information_schema.columns
				where lower(table_name) in ('survey_response', 'survey_answer')""", String.class);
		assertThat(columns).isNotEmpty().noneMatch(column -> column.contains("account") || column.contains("_at")
				|| column.equals("id") || column.contains("submission"));
	}

	private String refusedWith(PelitaUser user, long runId, long moduleId, SurveyForm form, Map<Rated, Integer> ratings,
			Map<Long, String> texts) {
		return refusal(() -> as(user, () -> {
			this.surveys.submit(runId, moduleId, new SurveyAnswers(form.version(), form.instructors(), ratings, texts));
			return null;
		})).messageKey();
	}

}
