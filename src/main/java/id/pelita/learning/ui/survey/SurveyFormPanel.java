package id.pelita.learning.ui.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import id.pelita.learning.SurveyAnswers;
import id.pelita.learning.SurveyAnswers.Rated;
import id.pelita.learning.SurveyForm;
import id.pelita.learning.SurveyItem;
import id.pelita.learning.SurveySection;
import id.pelita.learning.internal.survey.ResponseCheck;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation form: a group of 1-5 choices per Likert statement (one set per instructor for the instructor
 * statements), a text area per free-text question. It only collects answers; the page submits them.
 */
class SurveyFormPanel extends Div {

	private static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

	final Map<Rated, RadioButtonGroup<Integer>> ratings = new HashMap<>();

	final Map<Long, TextArea> texts = new HashMap<>();

	private final SurveyForm form;

	SurveyFormPanel(SurveyForm form) {
		this.form = form;
		addClassName("survey-form");
		Paragraph scale = new Paragraph(getTranslation("survey.form.scale"));
		scale.addClassName("field-note");
		add(scale);
		section(SurveySection.ORGANISATION, null);
		section(SurveySection.MATERIALS, null);
		List<SurveyItem> instructorItems = form.itemsOf(SurveySection.INSTRUCTOR);
		if (!instructorItems.isEmpty() && !form.instructors().isEmpty()) {
			add(new H3(getTranslation(SurveySection.INSTRUCTOR.labelKey())));
			for (String instructor : form.instructors()) {
				add(new H4(instructor));
				instructorItems.forEach(item -> add(rating(item, instructor)));
			}
		}
		List<SurveyItem> questions = form.itemsOf(SurveySection.FREE_TEXT);
		if (!questions.isEmpty()) {
			add(new H3(getTranslation(SurveySection.FREE_TEXT.labelKey())));
			for (SurveyItem question : questions) {
				TextArea answer = new TextArea(question.text());
				answer.setMaxLength(ResponseCheck.MAX_TEXT);
				answer.setHelperText(getTranslation("survey.form.optional"));
				answer.setWidthFull();
				this.texts.put(question.id(), answer);
				add(answer);
			}
		}
	}

	private void section(SurveySection section, @Nullable String instructor) {
		List<SurveyItem> items = this.form.itemsOf(section);
		if (!items.isEmpty()) {
			add(new H3(getTranslation(section.labelKey())));
			items.forEach(item -> add(rating(item, instructor)));
		}
	}

	private RadioButtonGroup<Integer> rating(SurveyItem item, @Nullable String instructor) {
		RadioButtonGroup<Integer> group = new RadioButtonGroup<>(item.text());
		group.setItems(SCALE);
		group.setItemLabelGenerator(String::valueOf);
		group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
		group.setRequiredIndicatorVisible(true);
		group.addClassName("survey-rating");
		group.setErrorMessage(getTranslation("survey.form.rateThis"));
		group.addValueChangeListener(change -> group.setInvalid(false));
		this.ratings.put(new Rated(item.id(), instructor), group);
		return group;
	}

	/** Marks the statements not rated yet; returns how many there are. */
	int markUnrated() {
		int unrated = 0;
		for (RadioButtonGroup<Integer> group : this.ratings.values()) {
			boolean missing = group.getValue() == null;
			group.setInvalid(missing);
			unrated += missing ? 1 : 0;
		}
		return unrated;
	}

	SurveyAnswers answers() {
		Map<Rated, Integer> given = new HashMap<>();
		this.ratings.forEach((rated, group) -> {
			if (group.getValue() != null) {
				given.put(rated, group.getValue());
			}
		});
		Map<Long, String> written = new HashMap<>();
		this.texts.forEach((itemId, area) -> written.put(itemId, area.getValue()));
		return new SurveyAnswers(this.form.version(), new ArrayList<>(this.form.instructors()), given, written);
	}

}
