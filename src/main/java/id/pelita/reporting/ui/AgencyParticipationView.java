package id.pelita.reporting.ui;

import java.time.Clock;
import java.time.Year;
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
import id.pelita.reporting.AgencyParticipation;
import id.pelita.reporting.ProgrammeReports;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * Each agency's participation in the year's runs ({@code ?tahun=2026}, default this year): enrolled or nominated,
 * confirmed, completed, completion rate, certified, and the JP its employees earned in the year; the first three
 * also as a bar chart per agency. Downloads as CSV and XLSX.
 */
@Route(AgencyParticipationView.ROUTE)
@Menu(title = "menu.agencyParticipation", icon = "vaadin:institution", order = 47)
@RolesAllowed({ Role.ORGANISER_NAME, Role.ADMIN_NAME })
@StyleSheet("context://styles/organiser-reports.css")
class AgencyParticipationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "kelola/laporan/instansi";

	static final String YEAR = "tahun";

	private final transient ProgrammeReports reports;

	private final transient Clock clock;

	final PeriodPicker picker;

	final ReportTable table;

	final ReportBarChart chart = new ReportBarChart();

	final Paragraph empty = new Paragraph();

	final ReportDownloads files = new ReportDownloads();

	int year;

	AgencyParticipationView(ProgrammeReports reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
		addClassName("page");
		this.picker = new PeriodPicker(getTranslation("orgreport.agencies.previous"),
				getTranslation("orgreport.agencies.next"), () -> showYear(this.year - 1), () -> showYear(this.year + 1));
		this.table = new ReportTable(getTranslation("orgreport.agencies.heading"), List.of(
				getTranslation("orgreport.agencies.agency"), getTranslation("orgreport.agencies.nominated"),
				getTranslation("orgreport.agencies.confirmed"), getTranslation("orgreport.agencies.completed"),
				getTranslation("orgreport.agencies.completionRate"), getTranslation("orgreport.agencies.certified"),
				getTranslation("orgreport.agencies.jp")));
		this.empty.setText(getTranslation("orgreport.agencies.empty"));
		this.empty.addClassName("empty-state");
		add(new H2(getTranslation("orgreport.agencies.title")),
				new Anchor(MonthReportView.ROUTE, getTranslation("orgreport.agencies.toMonth")), this.picker,
				this.chart, RunReportView.scroll(this.table), this.empty, this.files);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		int current = Year.now(this.clock.withZone(IndonesianTime.DEFAULT_ZONE)).getValue();
		this.year = event.getLocation()
			.getQueryParameters()
			.getSingleParameter(YEAR)
			.filter(value -> value.matches("[0-9]{4}"))
			.map(Integer::parseInt)
			.orElse(current);
		refresh();
	}

	void showYear(int shown) {
		this.year = shown;
		refresh();
		getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, ROUTE + "?" + YEAR + "=" + shown));
	}

	private void refresh() {
		Locale locale = UserContext.locale();
		this.picker.title.setText(String.valueOf(this.year));
		List<AgencyParticipation> rows = this.reports.agencies(this.year);
		this.table.clear();
		for (AgencyParticipation row : rows) {
			this.table.add(List.of(row.agencyName(), String.valueOf(row.nominated()), String.valueOf(row.confirmed()),
					String.valueOf(row.completed()), ReportTable.number(row.completionRate(), locale) + " %",
					String.valueOf(row.certified()), ReportTable.number(row.jp(), locale)));
		}
		this.chart.show(rows.stream().map(AgencyParticipation::agencyName).toList(), List.of(
				new ReportBarChart.Series(getTranslation("orgreport.agencies.nominated"),
						rows.stream().map(AgencyParticipation::nominated).toList()),
				new ReportBarChart.Series(getTranslation("orgreport.agencies.confirmed"),
						rows.stream().map(AgencyParticipation::confirmed).toList()),
				new ReportBarChart.Series(getTranslation("orgreport.agencies.completed"),
						rows.stream().map(AgencyParticipation::completed).toList())));
		this.chart.setVisible(!rows.isEmpty());
		this.table.setVisible(!rows.isEmpty());
		this.empty.setVisible(rows.isEmpty());
		int shown = this.year;
		this.files.point("partisipasi-instansi-" + shown, format -> this.reports.exportAgencies(shown, format, locale));
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "orgreport.agencies.title");
	}

}
