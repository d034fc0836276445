package id.pelita.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import id.pelita.learning.RatingSummary;
import id.pelita.learning.SurveyReport;
import id.pelita.reporting.RunReport;

/**
 * The evaluation part of a run report: per survey, a table of every rated item (organisation, materials, each
 * instructor's) with its number of ratings, mean and distribution, and each instructor's overall mean.
 */
class RunEvaluationSection extends Div {

	final Div surveys = new Div();

	final Paragraph empty = new Paragraph();

	final ReportDownloads files = new ReportDownloads();

	final List<ReportTable> tables = new ArrayList<>();

	RunEvaluationSection() {
		addClassName("report-section");
		this.empty.setText(getTranslation("orgreport.evaluation.empty"));
		this.empty.addClassName("empty-state");
		add(new H3(getTranslation("orgreport.evaluation.heading")), this.surveys, this.empty, this.files);
	}

	void show(RunReport report, Locale locale) {
		this.surveys.removeAll();
		this.tables.clear();
		for (SurveyReport survey : report.surveys()) {
			ReportTable table = new ReportTable(getTranslation("orgreport.evaluation.caption", survey.title(),
					survey.responses()), List.of(getTranslation("orgreport.evaluation.item"),
							getTranslation("orgreport.evaluation.section"), getTranslation("orgreport.evaluation.instructor"),
							getTranslation("orgreport.evaluation.ratings"), getTranslation("orgreport.evaluation.mean"),
							getTranslation("orgreport.evaluation.distribution")));
			for (SurveyReport.ItemResult item : survey.allRated()) {
				table.add(List.of(item.item().text(), getTranslation(item.item().section().labelKey()),
						item.instructor() == null ? "" : item.instructor(), String.valueOf(item.summary().count()),
						ReportTable.number(item.summary().mean(), locale), distribution(item.summary())));
			}
			for (SurveyReport.InstructorResult instructor : survey.instructors()) {
				RatingSummary overall = instructor.overall();
				table.add(List.of(getTranslation("orgreport.evaluation.instructorOverall", instructor.name()),
						getTranslation("orgreport.evaluation.overall"), instructor.name(),
						String.valueOf(overall.count()), ReportTable.number(overall.mean(), locale),
						distribution(overall)));
			}
			this.tables.add(table);
			this.surveys.add(RunReportView.scroll(table));
		}
		this.empty.setVisible(report.surveys().isEmpty());
		this.files.setVisible(!report.surveys().isEmpty());
	}

	/** "1: 0 · 2: 1 · 3: 4 · 4: 10 · 5: 5". */
	private static String distribution(RatingSummary summary) {
		List<String> parts = new ArrayList<>();
		for (int rating = 1; rating <= 5; rating++) {
			parts.add(rating + ": " + summary.countOf(rating));
		}
		return String.join(" · ", parts);
	}

}
