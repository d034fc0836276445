package id.pelita.learning.ui.survey;

import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.learning.SurveyReport;
import id.pelita.learning.SurveyResults;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.SpreadsheetDownload;
import id.pelita.shared.ui.UserContext;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The results of a run's evaluation survey for organisers: the number of responses, per item and per instructor
 * the mean and the distribution of ratings, the free-text answers; CSV and XLSX downloads. Never who answered what.
 */
@Route("kelola/angkatan/:runId([0-9]{1,18})/evaluasi/:moduleId([0-9]{1,18})")
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
@StyleSheet("context://styles/survey.css")
class SurveyResultsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String RUN_ID = "runId";

	static final String MODULE_ID = "moduleId";

	private final transient SurveyResults results;

	final Anchor back = new Anchor();

	final H2 title = new H2();

	final Paragraph summary = new Paragraph();

	final Anchor csv = new Anchor();

	final Anchor xlsx = new Anchor();

	final Paragraph empty = new Paragraph();

	final SurveyReportPanel report = new SurveyReportPanel();

	private @Nullable SurveyReport shown;

	SurveyResultsView(SurveyResults results) {
		this.results = results;
		addClassName("page");
		this.back.setText(getTranslation("survey.results.back"));
		this.csv.setText(getTranslation("survey.results.downloadCsv"));
		this.xlsx.setText(getTranslation("survey.results.downloadXlsx"));
		this.empty.setText(getTranslation("survey.results.none"));
		this.empty.addClassName("empty-state");
		this.summary.addClassName("survey-summary");
		FlexLayout downloads = new FlexLayout(this.csv, this.xlsx);
		downloads.getStyle().set("gap", "var(--lumo-space-l)");
		this.report.setWidthFull();
		add(this.back, this.title, this.summary, downloads, this.empty, this.report);
	}

	static String route(long runId, long moduleId) {
		return "kelola/angkatan/" + runId + "/evaluasi/" + moduleId;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long runId = Long.parseLong(event.getRouteParameters().get(RUN_ID).orElseThrow());
		long moduleId = Long.parseLong(event.getRouteParameters().get(MODULE_ID).orElseThrow());
		this.back.setHref("kelola/angkatan/" + runId + "/hasil");
		Locale locale = UserContext.locale();
		SurveyReport found;
		try {
			found = this.results.report(runId, moduleId);
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/angkatan");
			return;
		}
		this.shown = found;
		this.title.setText(getTranslation("survey.results.title", found.title()));
		this.summary.setText(getTranslation("survey.results.summary", found.courseTitle(), found.runName(),
				found.responses()));
		String fileName = "evaluasi-angkatan-" + runId;
		this.csv.setHref(SpreadsheetDownload.of(SpreadsheetFormat.CSV, fileName,
				() -> this.results.download(runId, moduleId, SpreadsheetFormat.CSV, locale)));
		this.xlsx.setHref(SpreadsheetDownload.of(SpreadsheetFormat.XLSX, fileName,
				() -> this.results.download(runId, moduleId, SpreadsheetFormat.XLSX, locale)));
		this.empty.setVisible(found.responses() == 0);
		this.report.show(found, locale);
	}

	@Override
	public String getPageTitle() {
		String name = this.shown == null ? "" : " " + this.shown.courseTitle() + " – " + this.shown.runName();
		return PageTitles.named(this, getTranslation("survey.results.pageTitle") + name);
	}

}
