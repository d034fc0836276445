package id.pelita.learning.ui.survey;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.pelita.learning.SurveyDefinition;
import id.pelita.learning.SurveyEditor;
import id.pelita.learning.SurveyItem;
import id.pelita.learning.SurveySection;

/**
 * The items of a survey in its editor, section by section: each item's text in a field with save, up, down and
 * remove, and a field to add an item at the end of the section. Read-only once the survey has responses.
 */
class SurveyItemsEditor extends Div {

	/** What the page does with an edit; it calls the service and shows the result or the refusal. */
	interface Actions {

		void add(SurveySection section, String text);

		void change(long itemId, String text);

		void move(long itemId, int direction);

		void remove(long itemId);

	}

	private final Actions actions;

	SurveyItemsEditor(Actions actions) {
		this.actions = actions;
		addClassName("survey-editor-items");
	}

	void show(SurveyDefinition definition) {
		removeAll();
		for (SurveySection section : SurveySection.values()) {
			add(new H3(getTranslation(section.labelKey())));
			if (section == SurveySection.INSTRUCTOR) {
				Paragraph note = new Paragraph(getTranslation("survey.editor.instructorItemsNote"));
				note.addClassName("field-note");
				add(note);
			}
			List<SurveyItem> items = definition.itemsOf(section);
			if (items.isEmpty()) {
				Paragraph empty = new Paragraph(getTranslation("survey.editor.sectionEmpty"));
				empty.addClassName("empty-state");
				add(empty);
			}
			items.forEach(item -> add(row(item, definition.editable())));
			if (definition.editable()) {
				add(adder(section));
			}
		}
	}

	private FlexLayout row(SurveyItem item, boolean editable) {
		TextField text = new TextField();
		text.setValue(item.text());
		text.setMaxLength(SurveyEditor.MAX_ITEM);
		text.setReadOnly(!editable);
		text.setAriaLabel(getTranslation("survey.editor.itemText"));
		text.addClassName("survey-item-text");
		FlexLayout row = new FlexLayout(text);
		row.addClassName("survey-item-row");
		if (editable) {
			row.add(icon(VaadinIcon.CHECK, "survey.editor.save", () -> this.actions.change(item.id(), text.getValue())),
					icon(VaadinIcon.ARROW_UP, "survey.editor.up", () -> this.actions.move(item.id(), -1)),
					icon(VaadinIcon.ARROW_DOWN, "survey.editor.down", () -> this.actions.move(item.id(), 1)),
					icon(VaadinIcon.TRASH, "survey.editor.remove", () -> this.actions.remove(item.id())));
		}
		return row;
	}

	private FlexLayout adder(SurveySection section) {
		TextField text = new TextField();
		text.setPlaceholder(getTranslation("survey.editor.newItem"));
		text.setAriaLabel(getTranslation("survey.editor.newItem"));
		text.setMaxLength(SurveyEditor.MAX_ITEM);
		text.addClassName("survey-item-text");
		text.setId("survey-new-item-" + section.name().toLowerCase(java.util.Locale.ROOT));
		Button add = new Button(getTranslation("survey.editor.add"), VaadinIcon.PLUS.create(),
				click -> this.actions.add(section, text.getValue()));
		add.setId("survey-add-item-" + section.name().toLowerCase(java.util.Locale.ROOT));
		FlexLayout row = new FlexLayout(text, add);
		row.addClassName("survey-item-row");
		return row;
	}

	private static Button icon(VaadinIcon icon, String labelKey, Runnable action) {
		Button button = new Button(icon.create(), click -> action.run());
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		button.setAriaLabel(button.getTranslation(labelKey));
		button.setTooltipText(button.getTranslation(labelKey));
		return button;
	}

}
