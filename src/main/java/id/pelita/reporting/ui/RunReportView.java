package id.pelita.reporting.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pelita.reporting.FunnelStage;
import id.pelita.reporting.RunFunnel;
import id.pelita.reporting.RunReport;
import id.pelita.reporting.RunReport.ScoreBands;
import id.pelita.reporting.RunReports;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The organiser's report of one run: the funnel (nominated to certified) as a chart and a table, links to the
 * attendance matrix and the path results, the pre-test and post-test scores in 10-point bands with the averages
 * and the average gain, and the evaluation per item and instructor. Each table downloads as CSV and XLSX.
 */
@Route(RunReportView.ROUTE)
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
@StyleSheet("context://styles/organiser-reports.css")
class RunReportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "kelola/angkatan/:runId([0-9]{1,18})/laporan";

	private final transient RunReports reports;

	final Anchor back = new Anchor();

	final H2 title = new H2();

	final Anchor attendance = new Anchor();

	final Anchor results = new Anchor();

	final Anchor evaluations = new Anchor();

	final ReportBarChart funnelChart = new ReportBarChart();

	final ReportTable funnelTable;

	final ReportDownloads funnelFiles = new ReportDownloads();

	final ReportBarChart scoreChart = new ReportBarChart();

	final ReportTable scoreTable;

	final Paragraph averages = new Paragraph();

	final Paragraph noScores = new Paragraph();

	final ReportDownloads scoreFiles = new ReportDownloads();

	final RunEvaluationSection evaluation = new RunEvaluationSection();

	private String name = "";

	RunReportView(RunReports reports) {
		this.reports = reports;
		addClassName("page");
		this.back.setText(getTranslation("orgreport.run.back"));
		this.attendance.setText(getTranslation("orgreport.run.attendance"));
		this.results.setText(getTranslation("orgreport.run.results"));
		this.evaluations.setText(getTranslation("orgreport.run.evaluations"));
		FlexLayout links = new FlexLayout(this.attendance, this.results, this.evaluations);
		links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		links.getStyle().set("gap", "var(--lumo-space-l)");
		this.funnelTable = new ReportTable(getTranslation("orgreport.funnel.heading"),
				List.of(getTranslation("orgreport.funnel.stage"), getTranslation("orgreport.funnel.people"),
						getTranslation("orgreport.funnel.percent")));
		this.scoreTable = new ReportTable(getTranslation("orgreport.scores.heading"),
				List.of(getTranslation("orgreport.scores.band"), getTranslation("orgreport.scores.pre"),
						getTranslation("orgreport.scores.post")));
		this.noScores.setText(getTranslation("orgreport.scores.empty"));
		this.noScores.addClassName("empty-state");
		add(this.back, this.title, links,
				section("orgreport.funnel.heading", this.funnelChart, scroll(this.funnelTable), this.funnelFiles),
				section("orgreport.scores.heading", this.scoreChart, scroll(this.scoreTable), this.averages,
						this.noScores, this.scoreFiles),
				this.evaluation);
	}

	private Div section(String headingKey, com.vaadin.flow.component.Component... parts) {
		Div section = new Div(new H3(getTranslation(headingKey)));
		section.add(parts);
		section.addClassName("report-section");
		return section;
	}

	static Div scroll(ReportTable table) {
		Div scroll = new Div(table);
		scroll.addClassName("report-table-scroll");
		return scroll;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long runId = Long.parseLong(event.getRouteParameters().get("runId").orElseThrow());
		RunReport report;
		try {
			report = this.reports.report(runId);
		}
		catch (UserFacingException ex) {
			Notices.failure(ex);
			event.forwardTo("kelola/angkatan");
			return;
		}
		String base = "kelola/angkatan/" + runId;
		this.name = report.run().courseTitle() + " – " + report.run().name();
		this.title.setText(getTranslation("orgreport.run.title", this.name));
		this.back.setHref(base);
		this.attendance.setHref(base + "/kehadiran");
		this.results.setHref(base + "/hasil");
		this.evaluations.setHref(base + "/evaluasi");
		Locale locale = UserContext.locale();
		showFunnel(report.funnel(), locale);
		showScores(report, locale);
		this.evaluation.show(report, locale);
		this.funnelFiles.point(RunReport.Table.FUNNEL.fileName(runId),
				format -> this.reports.export(runId, RunReport.Table.FUNNEL, format, locale));
		this.scoreFiles.point(RunReport.Table.SCORES.fileName(runId),
				format -> this.reports.export(runId, RunReport.Table.SCORES, format, locale));
		this.evaluation.files.point(RunReport.Table.EVALUATION.fileName(runId),
				format -> this.reports.export(runId, RunReport.Table.EVALUATION, format, locale));
	}

	private void showFunnel(RunFunnel funnel, Locale locale) {
		List<String> labels = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		this.funnelTable.clear();
		for (FunnelStage stage : FunnelStage.values()) {
			long count = stage.count(funnel);
			labels.add(getTranslation(stage.labelKey()));
			counts.add(count);
			this.funnelTable.add(List.of(getTranslation(stage.labelKey()), ReportTable.number(count, locale),
					ReportTable.number(funnel.percentOfNominated(count), locale) + " %"));
		}
		this.funnelChart.show(labels, List.of(new ReportBarChart.Series(getTranslation("orgreport.funnel.people"), counts)));
	}

	private void showScores(RunReport report, Locale locale) {
		boolean any = report.pre().total() + report.post().total() > 0;
		List<String> labels = IntStream.range(0, ScoreBands.BANDS).mapToObj(ScoreBands::label).toList();
		this.scoreTable.clear();
		for (int band = 0; band < ScoreBands.BANDS; band++) {
			this.scoreTable.add(List.of(labels.get(band), String.valueOf(report.pre().counts().get(band)),
					String.valueOf(report.post().counts().get(band))));
		}
		this.scoreChart.show(labels, Arrays.asList(
				new ReportBarChart.Series(getTranslation("orgreport.scores.pre"), report.pre().counts()),
				new ReportBarChart.Series(getTranslation("orgreport.scores.post"), report.post().counts())));
		this.averages.setText(getTranslation("orgreport.scores.summary", ReportTable.number(report.averagePre(), locale),
				ReportTable.number(report.averagePost(), locale), ReportTable.number(report.averageGain(), locale),
				report.gainCount()));
		this.scoreChart.setVisible(any);
		this.averages.setVisible(any);
		this.noScores.setVisible(!any);
	}

	@Override
	public String getPageTitle() {
		return PageTitles.named(this, getTranslation("orgreport.run.pageTitle") + " " + this.name);
	}

}
