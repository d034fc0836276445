package id.pelita.reporting.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.pelita.reporting.AgencyCompliance;
import id.pelita.reporting.AgencyDashboard;
import id.pelita.shared.security.Role;
import id.pelita.shared.ui.AddressFilters;
import id.pelita.shared.ui.PageTitles;
import id.pelita.shared.ui.UserContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every agency in the user's reach side by side (an administrator's or the province coordinator's: all; another
 * coordinator's: their agency and its units), each with its sub-units, ranked by the share of employees that
 * reached 20 JP in the year, each a link into its dashboard. The year is kept in the address ({@code tahun}).
 */
@Route("instansi/perbandingan")
@Menu(title = "menu.agencyComparison", icon = "vaadin:chart-grid", order = 49)
@RolesAllowed({ Role.AGENCY_COORDINATOR_NAME, Role.ADMIN_NAME })
@StyleSheet("context://styles/agency-dashboard.css")
class AgencyComparisonView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	static final String ROUTE = "instansi/perbandingan";

	private static final int YEARS = 5;

	private final transient AgencyDashboard dashboard;

	private final int thisYear = LocalDate.now(UserContext.zone()).getYear();

	final Select<Integer> year = new Select<>();

	final Grid<Ranked> grid = new Grid<>();

	final Div empty = new Div();

	/** An agency with its place in the ranking. */
	record Ranked(int place, AgencyCompliance agency) {
	}

	AgencyComparisonView(AgencyDashboard dashboard) {
		this.dashboard = dashboard;
		addClassName("page");
		this.year.setLabel(getTranslation("agencyDashboard.year"));
		this.year.setItems(IntStream.range(0, YEARS).mapToObj(back -> this.thisYear - back).toList());
		this.year.setItemLabelGenerator(String::valueOf);
		this.year.setValue(this.thisYear);
		this.year.addValueChangeListener(event -> {
			if (event.isFromClient()) {
				refresh();
			}
		});
		NumberFormat number = NumberFormat.getNumberInstance(UserContext.locale());
		this.grid.addColumn(Ranked::place).setHeader(getTranslation("agencyComparison.place")).setAutoWidth(true);
		this.grid.addComponentColumn(ranked -> new Anchor(AgencyDashboardView.ROUTE + "?instansi="
				+ ranked.agency().agencyId() + "&tahun=" + this.year.getValue(), ranked.agency().name()))
			.setHeader(getTranslation("agencyDashboard.agency")).setFlexGrow(3);
		this.grid.addColumn(ranked -> number.format(ranked.agency().employees()))
			.setHeader(getTranslation("agencyDashboard.figure.employees"));
		this.grid.addColumn(ranked -> number.format(ranked.agency().reached()))
			.setHeader(getTranslation("agencyComparison.reached"));
		this.grid.addColumn(ranked -> number.format(ranked.agency().percentReached()) + "%")
			.setHeader(getTranslation("agencyComparison.percent")).setAutoWidth(true);
		this.grid.addComponentColumn(ranked -> {
			ProgressBar bar = new ProgressBar(0, 100, ranked.agency().percentReached());
			bar.addClassName("agency-ranking-bar");
			bar.getElement().setAttribute("aria-hidden", "true");
			return bar;
		}).setHeader("").setFlexGrow(2);
		this.grid.setAllRowsVisible(true);
		this.empty.addClassName("empty-state");
		this.empty.setText(getTranslation("agencyComparison.empty"));
		add(new H2(getTranslation("menu.agencyComparison")), new Paragraph(getTranslation("agencyComparison.help")),
				this.year, this.grid, this.empty);
	}

	private void refresh() {
		List<AgencyCompliance> ranking = this.dashboard.ranking(this.year.getValue());
		this.grid.setItems(IntStream.range(0, ranking.size()).mapToObj(i -> new Ranked(i + 1, ranking.get(i)))
			.toList());
		this.grid.setVisible(!ranking.isEmpty());
		this.empty.setVisible(ranking.isEmpty());
		AddressFilters.of(ROUTE).with("tahun", this.year.getValue() == this.thisYear ? null : this.year.getValue())
			.write(this);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		int asked = event.getLocation().getQueryParameters().getSingleParameter("tahun").map(text -> {
			try {
				return Integer.parseInt(text.strip());
			}
			catch (NumberFormatException ex) {
				return this.thisYear;
			}
		}).orElse(this.thisYear);
		this.year.setValue(asked <= this.thisYear && asked > this.thisYear - YEARS ? asked : this.thisYear);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "menu.agencyComparison");
	}

}
