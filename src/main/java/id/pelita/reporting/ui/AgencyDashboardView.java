package id.pelita.reporting.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.agency.AgencySummary;
import id.pelita.reporting.AgencyDashboard;
import id.pelita.reporting.ComplianceService;
import id.pelita.reporting.ComplianceSummary;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.AddressFilters;
import id.pelita.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The agency coordinator's compliance dashboard for a year: headline figures, the JP distribution, the employees
 * below 20 JP, the monthly participation of the agency's people and the cumulative JP against a steady pace.
 * Administrators pick any agency, coordinators of an agency with units one of their units. Agency, year, filters
 * and order are kept in the address.
 */
@Route("instansi/beranda")
@Menu(title = "menu.agencyDashboard", icon = "vaadin:dashboard", order = 38)
@RolesAllowed({ Role.AGENCY_COORDINATOR_NAME, Role.ADMIN_NAME })
@StyleSheet("context://styles/agency-dashboard.css")
class AgencyDashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "instansi/beranda";

	private final transient ComplianceService compliance;

	private final transient AgencyDashboard dashboard;

	private final List<AgencySummary> agencies;

	final AgencyYearPicker picker;

	final ComplianceFigures figures = new ComplianceFigures();

	final BelowTargetList belowTarget;

	final MonthlyCharts monthly = new MonthlyCharts();

	final Anchor reports = new Anchor();

	final Anchor comparison = new Anchor();

	AgencyDashboardView(ComplianceService compliance, AgencyDashboard dashboard) {
		this.compliance = compliance;
		this.dashboard = dashboard;
		this.agencies = dashboard.agencies();
		addClassName("page");
		this.picker = new AgencyYearPicker(this.agencies, dashboard.homeAgency(), this::refresh);
		this.belowTarget = new BelowTargetList(dashboard, this::writeAddress);
		this.reports.setText(getTranslation("menu.agencyReports"));
		this.comparison.setText(getTranslation("menu.agencyComparison"));
		HorizontalLayout links = new HorizontalLayout(this.reports, this.comparison);
		links.setWrap(true);
		add(new H2(getTranslation("menu.agencyDashboard")), this.picker, links, this.figures, this.belowTarget,
				this.monthly);
	}

	private void refresh() {
		long agencyId = this.picker.agencyId();
		int year = this.picker.year();
		ComplianceSummary summary = this.compliance.summary(agencyId, year);
		this.figures.show(summary);
		this.belowTarget.show(agencyId, year, units(agencyId), summary.employees() > 0);
		this.monthly.show(this.dashboard.participation(agencyId, year),
				this.dashboard.cumulativeJp(agencyId, year, summary.employees()));
		this.reports.setHref(link(AgencyReportsView.ROUTE));
		this.comparison.setHref(AgencyComparisonView.ROUTE + "?tahun=" + year);
		writeAddress();
	}

	/** The agency's units for the unit filter: those below the chosen agency in the tree. */
	private List<AgencySummary> units(long agencyId) {
		java.util.Set<Long> below = new java.util.HashSet<>(List.of(agencyId));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (AgencySummary agency : this.agencies) {
				if (agency.parentId() != null && below.contains(agency.parentId()) && below.add(agency.id())) {
					grew = true;
				}
			}
		}
		return this.agencies.stream().filter(agency -> agency.id() != agencyId && below.contains(agency.id()))
			.toList();
	}

	private String link(String route) {
		String query = this.picker.write(AddressFilters.of(route)).parameters().getQueryString();
		return query.isEmpty() ? route : route + "?" + query;
	}

	private void writeAddress() {
		this.belowTarget.write(this.picker.write(AddressFilters.of(ROUTE))).write(this);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.picker.read(event.getLocation().getQueryParameters());
		this.belowTarget.read(event.getLocation().getQueryParameters(), units(this.picker.agencyId()));
		refresh();
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.agencyDashboard");
	}

}
