package id.pelita.learning.ui.survey;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import id.pelita.learning.RatingSummary;
import id.pelita.learning.SurveyReport;
import id.pelita.learning.SurveyReport.InstructorResult;
import id.pelita.learning.SurveyReport.ItemResult;
import id.pelita.learning.SurveyReport.TextResult;
import id.pelita.learning.SurveySection;
import id.pelita.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;

/**
 * A survey report on a page: per section (and per instructor) a table of the items with the number of ratings,
 * the mean and how many gave each rating 1-5 (with the share), the section's overall mean, then the free-text
 * answers. Shared by the organiser's and the instructor's pages.
 */
class SurveyReportPanel extends Div {

	SurveyReportPanel() {
		addClassName("survey-report");
	}

	void show(SurveyReport report, Locale locale) {
		removeAll();
		section(SurveySection.ORGANISATION.labelKey(), report.organisation(), report.organisationOverall(), locale);
		section(SurveySection.MATERIALS.labelKey(), report.materials(), report.materialsOverall(), locale);
		if (!report.instructors().isEmpty()) {
			add(new H3(getTranslation(SurveySection.INSTRUCTOR.labelKey())));
			for (InstructorResult instructor : report.instructors()) {
				H4 name = new H4(instructor.name());
				name.addClassName("survey-instructor");
				add(name, overall(instructor.overall(), locale), grid(instructor.items(), locale));
			}
		}
		for (TextResult text : report.texts()) {
			if (text == report.texts().getFirst()) {
				add(new H3(getTranslation(SurveySection.FREE_TEXT.labelKey())));
			}
			add(new H4(text.item().text()));
			if (text.answers().isEmpty()) {
				Paragraph none = new Paragraph(getTranslation("survey.results.noAnswers"));
				none.addClassName("empty-state");
				add(none);
			}
			else {
				UnorderedList answers = new UnorderedList();
				answers.addClassName("survey-answers");
				text.answers().forEach(answer -> answers.add(new ListItem(answer)));
				add(answers);
			}
		}
	}

	private void section(String labelKey, List<ItemResult> items, RatingSummary overall, Locale locale) {
		if (items.isEmpty()) {
			return;
		}
		add(new H3(getTranslation(labelKey)), overall(overall, locale), grid(items, locale));
	}

	private Paragraph overall(RatingSummary overall, Locale locale) {
		Paragraph paragraph = new Paragraph(getTranslation("survey.results.overall", mean(overall.mean(), locale),
				overall.count()));
		paragraph.addClassName("survey-overall");
		return paragraph;
	}

	private Grid<ItemResult> grid(List<ItemResult> items, Locale locale) {
		Grid<ItemResult> grid = new Grid<>();
		grid.addColumn(result -> result.item().text())
			.setHeader(getTranslation("survey.results.item"))
			.setFlexGrow(4)
			.setKey("item");
		grid.addColumn(result -> result.summary().count())
			.setHeader(getTranslation("survey.results.count"))
			.setKey("count")
			.setAutoWidth(true);
		grid.addColumn(result -> mean(result.summary().mean(), locale))
			.setHeader(getTranslation("survey.results.mean"))
			.setKey("mean")
			.setAutoWidth(true);
		for (int rating = 1; rating <= 5; rating++) {
			int value = rating;
			grid.addColumn(result -> result.summary().countOf(value) + " (" + result.summary().percentOf(value) + " %)")
				.setHeader(String.valueOf(value))
				.setKey("rating" + value)
				.setAutoWidth(true);
		}
		grid.setItems(items);
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		return grid;
	}

	static String mean(@Nullable BigDecimal mean, Locale locale) {
		if (mean == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Translations.supported(locale));
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(mean);
	}

}
