package id.pelita.reporting.ui;

import java.io.OutputStream;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pelita.agency.AgencySummary;
import id.pelita.reporting.AgencyDashboard;
import id.pelita.reporting.AgencyReports;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.AddressFilters;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The agency's downloads for a year: the JP list of every employee and the cohort report as XLSX or CSV (written
 * as they are read, however many employees), and the printable PDF summary with the dashboard's charts.
 */
@Route("instansi/laporan")
@Menu(title = "menu.agencyReports", icon = "vaadin:download", order = 47)
@RolesAllowed({ Role.AGENCY_COORDINATOR_NAME, Role.ADMIN_NAME })
@StyleSheet("context://styles/agency-dashboard.css")
class AgencyReportsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "instansi/laporan";

	/** What a download writes into the response. */
	interface Content {

		void write(long agencyId, int year, OutputStream out);

	}

	private final transient AgencyReports reports;

	private final transient AgencyDashboard dashboard;

	final AgencyYearPicker picker;

	final Anchor employeesXlsx;

	final Anchor employeesCsv;

	final Anchor cohortsXlsx;

	final Anchor cohortsCsv;

	final Anchor pdf;

	AgencyReportsView(AgencyReports reports, AgencyDashboard dashboard) {
		this.reports = reports;
		this.dashboard = dashboard;
		addClassName("page");
		this.picker = new AgencyYearPicker(dashboard.agencies(), dashboard.homeAgency(), this::writeAddress);
		this.employeesXlsx = spreadsheet("agencyReports.employees.xlsx", AgencyReports.EMPLOYEES,
				SpreadsheetFormat.XLSX,
				(agency, year, out) -> this.reports.employeeList(agency, year, SpreadsheetFormat.XLSX, out));
		this.employeesCsv = spreadsheet("agencyReports.employees.csv", AgencyReports.EMPLOYEES, SpreadsheetFormat.CSV,
				(agency, year, out) -> this.reports.employeeList(agency, year, SpreadsheetFormat.CSV, out));
		this.cohortsXlsx = spreadsheet("agencyReports.cohorts.xlsx", AgencyReports.COHORTS, SpreadsheetFormat.XLSX,
				(agency, year, out) -> this.reports.cohortReport(agency, year, SpreadsheetFormat.XLSX, out));
		this.cohortsCsv = spreadsheet("agencyReports.cohorts.csv", AgencyReports.COHORTS, SpreadsheetFormat.CSV,
				(agency, year, out) -> this.reports.cohortReport(agency, year, SpreadsheetFormat.CSV, out));
		this.pdf = download("agencyReports.pdf", AgencyReports.SUMMARY, "pdf", "application/pdf",
				this.reports::pdfSummary);
		add(new H2(getTranslation("menu.agencyReports")), this.picker,
				new H3(getTranslation("agencyReports.employees")),
				new Paragraph(getTranslation("agencyReports.employees.help")),
				row(this.employeesXlsx, this.employeesCsv), new H3(getTranslation("agencyReports.cohorts")),
				new Paragraph(getTranslation("agencyReports.cohorts.help")), row(this.cohortsXlsx, this.cohortsCsv),
				new H3(getTranslation("agencyReports.summary")),
				new Paragraph(getTranslation("agencyReports.summary.help")), row(this.pdf));
	}

	private Anchor spreadsheet(String textKey, String kind, SpreadsheetFormat format, Content content) {
		return download(textKey, kind, format.extension(), format.mediaType(), content);
	}

	private Anchor download(String textKey, String kind, String extension, String mediaType, Content content) {
		DownloadHandler handler = event -> {
			long agencyId = this.picker.agencyId();
			int year = this.picker.year();
			AgencySummary agency = this.dashboard.agency(agencyId);
			event.setFileName(AgencyReports.fileName(kind, agency, year) + "." + extension);
			event.setContentType(mediaType);
			try (OutputStream out = event.getOutputStream()) {
				content.write(agencyId, year, out);
			}
		};
		return new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(textKey));
	}

	private static HorizontalLayout row(Anchor... anchors) {
		HorizontalLayout row = new HorizontalLayout(anchors);
		row.setWrap(true);
		return row;
	}

	private void writeAddress() {
		this.picker.write(AddressFilters.of(ROUTE)).write(this);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.picker.read(event.getLocation().getQueryParameters());
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.agencyReports");
	}

}
