package id.pelita.learning.ui.survey;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.pelita.learning.ModuleKind;
import id.pelita.learning.SurveyDefinition;
import id.pelita.learning.SurveyEditor;
import id.pelita.learning.SurveySection;
import id.pelita.learning.internal.ModuleKindEditor;
import id.pelita.shared.UserFacingException;

/**
 * The survey part in the path builder: under a survey module, how many statements, questions and instructors it
 * has and how many responses, with links to its editor and (for a run) its results; participants open the
 * survey's own page.
 */
@org.springframework.stereotype.Component
class SurveyModuleEditor implements ModuleKindEditor {

	private final SurveyEditor editor;

	SurveyModuleEditor(SurveyEditor editor) {
		this.editor = editor;
	}

	@Override
	public ModuleKind kind() {
		return ModuleKind.SURVEY;
	}

	@Override
	public Optional<Component> editor(long moduleId) {
		SurveyDefinition definition;
		try {
			definition = this.editor.definition(moduleId);
		}
		catch (UserFacingException ex) {
			return Optional.empty();
		}
		Div summary = new Div();
		summary.addClassName("survey-module-summary");
		long statements = definition.items().stream().filter(item -> item.section().likert()).count();
		summary.add(new Paragraph(summary.getTranslation("survey.module.summary", statements,
				definition.itemsOf(SurveySection.FREE_TEXT).size(), definition.instructors().size(),
				definition.responses())));
		Anchor edit = new Anchor(SurveyEditorView.route(definition.courseId(), moduleId),
				summary.getTranslation(definition.editable() ? "survey.module.edit" : "survey.module.show"));
		summary.add(new Div(edit));
		if (definition.runId() != null) {
			summary.add(new Div(new Anchor(SurveyResultsView.route(definition.runId(), moduleId),
					summary.getTranslation("survey.module.results"))));
		}
		return Optional.of(summary);
	}

	@Override
	public String participantRoute(long runId, long moduleId) {
		return SurveyView.route(runId, moduleId);
	}

}
