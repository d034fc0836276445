package id.pelita.reporting.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.reporting.ProgrammeReports;
import id.pelita.reporting.RunMonthRow;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.MonthParameter;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The organisers' month report ({@code ?bulan=2026-11}, default this month): every run of the month side by side,
 * with seats, confirmed participants, fill rate, completions, completion rate and average evaluation (the rates
 * also as a bar chart per run); each run leads to its own report. Downloads as CSV and XLSX.
 */
@Route(MonthReportView.ROUTE)
@Menu(title = "menu.organiserReports", icon = "vaadin:chart", order = 44)
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
@StyleSheet("context://styles/organiser-reports.css")
class MonthReportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "kelola/laporan";

	private final transient ProgrammeReports reports;

	private final transient Clock clock;

	final PeriodPicker picker;

	final ReportTable table;

	final ReportBarChart chart = new ReportBarChart();

	final VerticalLayout links = new VerticalLayout();

	final Paragraph empty = new Paragraph();

	final ReportDownloads files = new ReportDownloads();

	final Anchor agencies = new Anchor(AgencyParticipationView.ROUTE, "");

	YearMonth month = YearMonth.now();

	MonthReportView(ProgrammeReports reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
		addClassName("page");
		this.picker = new PeriodPicker(getTranslation("orgreport.month.previous"), getTranslation("orgreport.month.next"),
				() -> showMonth(this.month.minusMonths(1)), () -> showMonth(this.month.plusMonths(1)));
		this.table = new ReportTable(getTranslation("orgreport.month.heading"), List.of(
				getTranslation("orgreport.month.run"), getTranslation("orgreport.month.dates"),
				getTranslation("orgreport.month.seats"), getTranslation("orgreport.month.confirmed"),
				getTranslation("orgreport.month.fillRate"), getTranslation("orgreport.month.completed"),
				getTranslation("orgreport.month.completionRate"), getTranslation("orgreport.month.evaluation")));
		this.empty.setText(getTranslation("orgreport.month.empty"));
		this.empty.addClassName("empty-state");
		this.agencies.setText(getTranslation("orgreport.month.toAgencies"));
		this.links.setPadding(false);
		this.links.setSpacing(false);
		add(new H2(getTranslation("orgreport.month.title")), this.agencies, this.picker,
				this.chart, RunReportView.scroll(this.table), this.empty, this.files, this.links);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		YearMonth asked = event.getLocation()
			.getQueryParameters()
			.getSingleParameter(MonthParameter.NAME)
			.map(MonthParameter::parse)
			.orElse(null);
		this.month = asked != null ? asked : YearMonth.now(this.clock.withZone(IndonesianTime.DEFAULT_ZONE));
		refresh();
	}

	void showMonth(YearMonth shown) {
		this.month = shown;
		refresh();
		getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, ROUTE + "?" + MonthParameter.NAME + "="
				+ shown));
	}

	private void refresh() {
		Locale locale = UserContext.locale();
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", locale);
		this.picker.title.setText(DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(this.month));
		List<RunMonthRow> rows = this.reports.month(this.month);
		this.table.clear();
		this.links.removeAll();
		for (RunMonthRow row : rows) {
			String run = row.courseTitle() + " – " + row.runName();
			this.table.add(List.of(run, day.format(row.startsOn()) + " – " + day.format(row.endsOn()),
					String.valueOf(row.seats()), String.valueOf(row.confirmed()),
					ReportTable.number(row.fillRate(), locale) + " %", String.valueOf(row.completed()),
					ReportTable.number(row.completionRate(), locale) + " %",
					ReportTable.number(row.averageEvaluation(), locale)));
			this.links.add(new Anchor("kelola/angkatan/" + row.runId() + "/laporan",
					getTranslation("orgreport.month.runReport", run)));
		}
		this.chart.show(rows.stream().map(row -> row.courseTitle() + " – " + row.runName()).toList(), List.of(
				new ReportBarChart.Series(getTranslation("orgreport.month.fillRate"),
						rows.stream().map(RunMonthRow::fillRate).toList()),
				new ReportBarChart.Series(getTranslation("orgreport.month.completionRate"),
						rows.stream().map(RunMonthRow::completionRate).toList())));
		this.chart.setVisible(!rows.isEmpty());
		this.table.setVisible(!rows.isEmpty());
		this.empty.setVisible(rows.isEmpty());
		YearMonth shown = this.month;
		this.files.point("laporan-bulan-" + shown, format -> this.reports.exportMonth(shown, format, locale));
	}


	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "orgreport.month.title");
	}

}
