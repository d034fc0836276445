package id.pelita.learning;

import java.time.Duration;
import java.util.List;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.shared.security.PelitaUser;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The organiser's survey editor (H2 and PostgreSQL subclasses). */
abstract class SurveyEditorTests extends SurveyTestBase {

	@Test
	void aNewSurveyStartsFromTheStandardTemplateAndItsItemsCanBeAddedChangedMovedAndRemoved() {
		long runId = this.fixtures.run();
		long courseId = this.fixtures.courseOf(runId);
		long moduleId = this.fixtures.templateModule(courseId);

		SurveyDefinition fresh = asOrganiser(() -> this.editor.definition(courseId, moduleId));
		assertThat(fresh.runId()).isNull();
		assertThat(fresh.editable()).isTrue();
		assertThat(fresh.itemsOf(SurveySection.INSTRUCTOR)).hasSizeGreaterThanOrEqualTo(3);
		List<SurveyItem> materials = fresh.itemsOf(SurveySection.MATERIALS);

		long added = asOrganiser(() -> this.editor.addItem(moduleId, SurveySection.MATERIALS, "  Studi kasus relevan. "));
		asOrganiser(() -> {
			this.editor.moveItem(moduleId, added, -1);
			this.editor.changeItem(moduleId, materials.getFirst().id(), "Materi mutakhir.");
			this.editor.removeItem(moduleId, materials.get(1).id());
			return null;
		});

		List<String> now = asOrganiser(() -> this.editor.definition(courseId, moduleId))
			.itemsOf(SurveySection.MATERIALS)
			.stream()
			.map(SurveyItem::text)
			.toList();
		assertThat(now).hasSize(materials.size());
		assertThat(now.getFirst()).isEqualTo("Materi mutakhir.");
		assertThat(now.get(now.size() - 2)).isEqualTo("Studi kasus relevan.");
		assertThat(now).doesNotContain(materials.get(1).text());
	}

	@Test
	void blankOrOverlongTextsAndForeignItemsAreRefused() {
		long runId = this.fixtures.run();
		long courseId = this.fixtures.courseOf(runId);
		long moduleId = this.fixtures.templateModule(courseId);
		long other = this.fixtures.templateModule(courseId);
		long foreignItem = asOrganiser(() -> this.editor.definition(courseId, other)).items().getFirst().id();

		assertThat(refusal(() -> asOrganiser(() -> this.editor.addItem(moduleId, SurveySection.ORGANISATION, " ")))
			.messageKey()).isEqualTo("survey.error.itemRequired");
		assertThat(refusal(() -> asOrganiser(
				() -> this.editor.addItem(moduleId, SurveySection.ORGANISATION, "x".repeat(501)))).messageKey())
			.isEqualTo("survey.error.itemTooLong");
		assertThat(refusal(() -> asOrganiser(() -> {
			this.editor.removeItem(moduleId, foreignItem);
			return null;
		})).messageKey()).isEqualTo("survey.error.itemNotFound");
		assertThat(refusal(() -> asOrganiser(() -> this.editor.definition(courseId + 100_000, moduleId))).messageKey())
			.isEqualTo("survey.error.notFound");
		assertThat(refusal(() -> asOrganiser(() -> {
			this.editor.addInstructor(moduleId, "Dr. X", "123");
			return null;
		})).messageKey()).startsWith("nip.error");
	}

	@Test
	void instructorsFollowTheSessionsUntilTheOrganiserNamesThemAndCanFollowThemAgain() {
		long runId = this.fixtures.run();
		long courseId = this.fixtures.courseOf(runId);
		long moduleId = this.fixtures.runModule(runId);
		this.fixtures.live().session(runId, Duration.ofDays(2), 60);
		EnrolmentFixtures people = this.fixtures.live().enrolment();
		PersonRef lecturer = people.employee(people.agency("36.04.02"));

		assertThat(asOrganiser(() -> this.editor.definition(courseId, moduleId)).instructors())
			.extracting(SurveyInstructor::name).containsExactly("Dr. Siti Rahma");
		asOrganiser(() -> {
			this.editor.addInstructor(moduleId, "Drs. Ahmad Fauzi", lecturer.nip());
			return null;
		});
		SurveyDefinition named = asOrganiser(() -> this.editor.definition(courseId, moduleId));
		assertThat(named.instructorsFixed()).isTrue();
		assertThat(named.instructors()).extracting(SurveyInstructor::name)
			.containsExactly("Dr. Siti Rahma", "Drs. Ahmad Fauzi");
		assertThat(named.accountNames()).containsEntry(lecturer.accountId(), lecturer.fullName());
		assertThat(refusal(() -> asOrganiser(() -> {
			this.editor.addInstructor(moduleId, "dr. siti rahma", null);
			return null;
		})).messageKey()).isEqualTo("survey.error.instructorDuplicate");
		asOrganiser(() -> {
			this.editor.removeInstructor(moduleId, "Dr. Siti Rahma");
			return null;
		});
		assertThat(asOrganiser(() -> this.editor.definition(courseId, moduleId)).instructors())
			.extracting(SurveyInstructor::name).containsExactly("Drs. Ahmad Fauzi");
		asOrganiser(() -> {
			this.editor.instructorsFromSessions(moduleId);
			return null;
		});
		SurveyDefinition again = asOrganiser(() -> this.editor.definition(courseId, moduleId));
		assertThat(again.instructorsFixed()).isFalse();
		assertThat(again.instructors()).extracting(SurveyInstructor::name).containsExactly("Dr. Siti Rahma");
	}

	@Test
	void nothingChangesAfterTheFirstResponseAndParticipantsCannotEdit() {
		long runId = this.fixtures.run();
		long courseId = this.fixtures.courseOf(runId);
		long moduleId = this.fixtures.runModule(runId);
		PelitaUser participant = this.fixtures.participant(runId);
		submit(participant, runId, moduleId, 4, "");
		SurveyDefinition locked = asOrganiser(() -> this.editor.definition(courseId, moduleId));
		assertThat(locked.editable()).isFalse();
		long item = locked.items().getFirst().id();

		assertThat(refusal(() -> asOrganiser(() -> this.editor.addItem(moduleId, SurveySection.MATERIALS, "Baru")))
			.messageKey()).isEqualTo("survey.error.locked");
		assertThat(refusal(() -> asOrganiser(() -> {
			this.editor.changeItem(moduleId, item, "Lain");
			return null;
		})).messageKey()).isEqualTo("survey.error.locked");
		assertThat(refusal(() -> asOrganiser(() -> {
			this.editor.addInstructor(moduleId, "Baru", null);
			return null;
		})).messageKey()).isEqualTo("survey.error.locked");
		assertThat(asOrganiser(() -> this.editor.definition(courseId, moduleId)).items()).isEqualTo(locked.items());
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as(participant, () -> this.editor.addItem(moduleId, SurveySection.MATERIALS, "Baru")));
	}

}
