package id.pelita.learning;

import java.util.List;

import id.pelita.shared.security.PelitaUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey in a real learning path: the course's survey (edited in the template) is copied into a new run, and
 * submitting the run's survey completes a participant whose rule asks for the evaluation (H2 and PostgreSQL).
 */
@RecordApplicationEvents
abstract class SurveyPathTests extends SurveyTestBase {

	@Autowired
	PathBuilder builder;

	@Autowired
	ParticipantPath path;

	@Test
	void submittingTheEvaluationCompletesTheRunWhenTheRuleAsksForIt(@Autowired ApplicationEvents events) {
		long courseId = this.fixtures.course();
		long template = asOrganiser(() -> this.builder.addToCourse(courseId,
				new ModuleDraft(ModuleKind.SURVEY, "Evaluasi penyelenggaraan", true, Unlock.OPEN, null, null, null)));
		asOrganiser(() -> this.editor.addItem(template, SurveySection.MATERIALS, "Contoh soal sesuai pekerjaan."));
		long runId = this.fixtures.run(courseId);
		List<PathModule> modules = asOrganiser(() -> this.builder.runModules(runId));
		assertThat(modules).singleElement().satisfies(module -> assertThat(module.kind()).isEqualTo(ModuleKind.SURVEY));
		long survey = modules.getFirst().id();
		asOrganiser(() -> {
			this.builder.changeRule(new CompletionRule(runId, true, null, null, survey));
			return null;
		});
		PelitaUser participant = this.fixtures.participant(runId);

		SurveyForm form = form(participant, runId, survey);
		assertThat(form.itemsOf(SurveySection.MATERIALS)).extracting(SurveyItem::text)
			.contains("Contoh soal sesuai pekerjaan.");
		assertThat(as(participant, () -> this.path.myPath(runId)).completed()).isFalse();
		submit(participant, runId, survey, 5, "");

		assertThat(events.stream(ParticipantCompleted.class))
			.filteredOn(completed -> completed.runId() == runId && completed.accountId() == participant.accountId())
			.hasSize(1);
		assertThat(as(participant, () -> this.path.myPath(runId)).completed()).isTrue();
	}

	@Test
	void aSurveyThePathStillLocksCannotBeOpenedNorSubmittedAndSaysWhy() {
		long courseId = this.fixtures.course();
		asOrganiser(() -> this.builder.addToCourse(courseId,
				new ModuleDraft(ModuleKind.LESSON, "Pelajaran 1", true, Unlock.OPEN, "# Halo", null, null)));
		asOrganiser(() -> this.builder.addToCourse(courseId, new ModuleDraft(ModuleKind.SURVEY,
				"Evaluasi penyelenggaraan", true, new Unlock(true, null, null), null, null, null)));
		long runId = this.fixtures.run(courseId);
		long survey = asOrganiser(() -> this.builder.runModules(runId)).stream()
			.filter(module -> module.kind() == ModuleKind.SURVEY)
			.findFirst()
			.orElseThrow()
			.id();
		long lesson = asOrganiser(() -> this.builder.runModules(runId)).getFirst().id();
		PelitaUser participant = this.fixtures.participant(runId);

		var refused = refusal(() -> form(participant, runId, survey));
		assertThat(refused.messageKey()).isEqualTo("survey.error.lockedAfter");
		assertThat(refused.arguments()).containsExactly("Pelajaran 1");

		as(participant, () -> this.path.markDone(runId, lesson));
		submit(participant, runId, survey, 4, "");
		assertThat(rows("survey_submission", survey)).isEqualTo(1);
	}

}
