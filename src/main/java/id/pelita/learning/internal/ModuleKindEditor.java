package id.pelita.learning.internal;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import id.pelita.learning.ModuleKind;

/**
 * The extension point of the path builder for module kinds whose content another part of the module owns: the quiz
 * part registers one bean for {@link ModuleKind#QUIZ}, the survey part one for {@link ModuleKind#SURVEY}. The builder
 * keeps a module's title, order, required flag and unlock conditions; the part's editor edits the rest, and the
 * participant's path sends people to the part's page. Without a bean for a kind the builder shows the title only and
 * the path opens {@code kursus-saya/<runId>/kuis/<moduleId>} (quiz) or {@code kursus-saya/<runId>/evaluasi/<moduleId>}
 * (survey).
 */
public interface ModuleKindEditor {

	ModuleKind kind();

	/**
	 * The organiser's editor of what the module holds (questions and settings of a quiz, items of a survey), shown in
	 * the builder below the module's row for a run or course template; empty when there is nothing to edit.
	 */
	Optional<Component> editor(long moduleId);

	/** The route of the participant's page of the module, without a leading slash. */
	String participantRoute(long runId, long moduleId);

}
