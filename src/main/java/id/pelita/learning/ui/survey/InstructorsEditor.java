package id.pelita.learning.ui.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.pelita.learning.SurveyDefinition;
import id.pelita.learning.SurveyInstructor;

/**
 * The instructors of a survey in its editor: where the list comes from (the run's sessions, or named here), each
 * instructor with the account linked to them, remove, and name + optional NIP to add one.
 */
class InstructorsEditor extends Div {

	interface Actions {

		void add(String name, String nip);

		void remove(String name);

		void followSessions();

	}

	private final Actions actions;

	final Paragraph source = new Paragraph();

	final TextField name = new TextField();

	final TextField nip = new TextField();

	InstructorsEditor(Actions actions) {
		this.actions = actions;
		addClassName("survey-editor-instructors");
		this.name.setLabel(getTranslation("survey.editor.instructorName"));
		this.name.setMaxLength(200);
		this.nip.setLabel(getTranslation("survey.editor.instructorNip"));
		this.nip.setHelperText(getTranslation("survey.editor.instructorNipHelp"));
		this.source.addClassName("field-note");
	}

	void show(SurveyDefinition definition) {
		removeAll();
		add(new H3(getTranslation("survey.editor.instructors")));
		String sourceKey = definition.instructorsFixed() ? "survey.editor.instructorsNamed"
				: definition.runId() == null ? "survey.editor.instructorsTemplate" : "survey.editor.instructorsFromSessions";
		this.source.setText(getTranslation(sourceKey));
		add(this.source);
		if (definition.instructors().isEmpty()) {
			Paragraph empty = new Paragraph(getTranslation("survey.editor.noInstructors"));
			empty.addClassName("empty-state");
			add(empty);
		}
		for (SurveyInstructor instructor : definition.instructors()) {
			Span label = new Span(instructor.name());
			FlexLayout row = new FlexLayout(label);
			row.addClassName("survey-item-row");
			if (instructor.accountId() != null) {
				Span account = new Span(getTranslation("survey.editor.linkedAccount",
						definition.accountNames().getOrDefault(instructor.accountId(), "")));
				account.addClassName("field-note");
				row.add(account);
			}
			if (definition.editable()) {
				Button remove = new Button(VaadinIcon.TRASH.create(), click -> this.actions.remove(instructor.name()));
				remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
				remove.setAriaLabel(getTranslation("survey.editor.remove"));
				row.add(remove);
			}
			add(row);
		}
		if (definition.editable()) {
			this.name.clear();
			this.nip.clear();
			Button add = new Button(getTranslation("survey.editor.addInstructor"), VaadinIcon.PLUS.create(),
					click -> this.actions.add(this.name.getValue(), this.nip.getValue()));
			add.setId("survey-add-instructor");
			FlexLayout adder = new FlexLayout(this.name, this.nip, add);
			adder.addClassName("survey-item-row");
			adder.setAlignItems(FlexLayout.Alignment.BASELINE);
			add(adder);
			if (definition.instructorsFixed() && definition.runId() != null) {
				Button follow = new Button(getTranslation("survey.editor.followSessions"), VaadinIcon.REFRESH.create(),
						click -> this.actions.followSessions());
				follow.setId("survey-follow-sessions");
				add(follow);
			}
		}
	}

}
