package id.pelita.reporting.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.agency.AgencySummary;
import id.pelita.reporting.AgencyDashboard;
import id.pelita.reporting.EmployeeJp;
import id.pelita.reporting.EmployeeJpFilter;
import id.pelita.reporting.EmployeeJpOrder;
import id.pelita.shared.ui.AddressFilters;
import id.pelita.shared.ui.UserContext;
import org.jspecify.annotations.Nullable;

/**
 * The employees of the agency below 20 JP in the year: filtered by unit, rank and position, sorted by any column
 * (fewest JP first by default), fetched page by page from the database as the grid scrolls. Filters and order
 * are kept in the address ({@code unit}, {@code pangkat}, {@code jabatan}, {@code urut}, e.g. {@code -jp}).
 */
class BelowTargetList extends Div {

	private final transient AgencyDashboard dashboard;

	private final Runnable changed;

	final ComboBox<AgencySummary> unit = new ComboBox<>();

	final ComboBox<String> rank = new ComboBox<>();

	final ComboBox<String> position = new ComboBox<>();

	final Span count = new Span();

	final Grid<EmployeeJp> grid = new Grid<>();

	final Div empty = new Div();

	private long agencyId;

	private int year;

	private EmployeeJpOrder order = EmployeeJpOrder.FEWEST_JP_FIRST;

	private boolean applying;

	BelowTargetList(AgencyDashboard dashboard, Runnable changed) {
		this.dashboard = dashboard;
		this.changed = changed;
		addClassName("agency-section");
		this.unit.setItemLabelGenerator(agency -> agency.code() + " " + agency.name());
		configure(this.unit, "agencyDashboard.filter.unit", "agencyDashboard.filter.allUnits");
		configure(this.rank, "agencyDashboard.filter.rank", "agencyDashboard.filter.allRanks");
		configure(this.position, "agencyDashboard.filter.position", "agencyDashboard.filter.allPositions");
		this.grid.addColumn(EmployeeJp::fullName).setHeader(getTranslation("agencyReports.column.name"))
			.setSortProperty("NAME").setKey("NAME").setFlexGrow(2);
		this.grid.addColumn(EmployeeJp::nip).setHeader(getTranslation("agencyReports.column.nip"))
			.setSortProperty("NIP").setKey("NIP").setAutoWidth(true);
		this.grid.addColumn(EmployeeJp::unitName).setHeader(getTranslation("agencyReports.column.unit"))
			.setSortProperty("UNIT").setKey("UNIT").setFlexGrow(2);
		this.grid.addColumn(employee -> Objects.toString(employee.rankGrade(), ""))
			.setHeader(getTranslation("agencyReports.column.rank")).setSortProperty("RANK").setKey("RANK");
		this.grid.addColumn(employee -> Objects.toString(employee.position(), ""))
			.setHeader(getTranslation("agencyReports.column.position")).setSortProperty("POSITION").setKey("POSITION");
		this.grid.addColumn(employee -> NumberFormat.getNumberInstance(UserContext.locale()).format(employee.jp()))
			.setHeader(getTranslation("agencyReports.column.jp")).setSortProperty("JP").setKey("JP").setAutoWidth(true);
		this.grid.setMultiSort(false);
		this.grid.setPageSize(50);
		this.grid.setAllRowsVisible(false);
		this.grid.setHeight("28rem");
		this.grid.addSortListener(event -> {
			if (!this.applying) {
				this.order = event.getSortOrder().stream().findFirst()
					.map(sort -> new EmployeeJpOrder(column(sort.getSorted().getKey()),
							sort.getDirection() == SortDirection.DESCENDING))
					.orElse(EmployeeJpOrder.FEWEST_JP_FIRST);
				this.changed.run();
			}
		});
		this.empty.addClassName("empty-state");
		HorizontalLayout filters = new HorizontalLayout(this.unit, this.rank, this.position);
		filters.setWrap(true);
		add(new H3(getTranslation("agencyDashboard.belowTarget")), filters, this.count, this.grid, this.empty);
	}

	/**
	 * Shows the agency's year; the filters offer the agency's units, ranks and positions. Without employees at all
	 * the empty state says so instead of congratulating.
	 */
	void show(long agencyId, int year, List<AgencySummary> units, boolean hasEmployees) {
		this.agencyId = agencyId;
		this.year = year;
		this.empty.setText(getTranslation(hasEmployees ? "agencyDashboard.belowTarget.empty"
				: "agencyDashboard.noEmployees"));
		this.applying = true;
		AgencySummary chosenUnit = this.unit.getValue();
		String chosenRank = this.rank.getValue();
		String chosenPosition = this.position.getValue();
		this.unit.setItems(units);
		this.unit.setValue(chosenUnit == null ? null
				: units.stream().filter(unit -> unit.id() == chosenUnit.id()).findFirst().orElse(null));
		List<String> ranks = this.dashboard.filterValues(agencyId, true);
		this.rank.setItems(ranks);
		this.rank.setValue(ranks.contains(chosenRank) ? chosenRank : null);
		List<String> positions = this.dashboard.filterValues(agencyId, false);
		this.position.setItems(positions);
		this.position.setValue(positions.contains(chosenPosition) ? chosenPosition : null);
		this.applying = false;
		refresh();
	}

	/** Reads the filters and the order from the address (before {@link #show}). */
	void read(QueryParameters parameters, List<AgencySummary> units) {
		this.applying = true;
		this.unit.setItems(units);
		this.unit.setValue(parameters.getSingleParameter("unit")
			.flatMap(code -> units.stream().filter(unit -> unit.code().equals(code)).findFirst())
			.orElse(null));
		List<String> rankValue = parameters.getSingleParameter("pangkat").map(List::of).orElse(List.of());
		this.rank.setItems(rankValue);
		this.rank.setValue(rankValue.isEmpty() ? null : rankValue.getFirst());
		List<String> positionValue = parameters.getSingleParameter("jabatan").map(List::of).orElse(List.of());
		this.position.setItems(positionValue);
		this.position.setValue(positionValue.isEmpty() ? null : positionValue.getFirst());
		this.order = parameters.getSingleParameter("urut").flatMap(BelowTargetList::order)
			.orElse(EmployeeJpOrder.FEWEST_JP_FIRST);
		this.grid.sort(this.order.equals(EmployeeJpOrder.FEWEST_JP_FIRST) ? List.of()
				: List.of(new GridSortOrder<>(this.grid.getColumns().get(this.order.column().ordinal()),
						this.order.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
		this.applying = false;
	}

	AddressFilters write(AddressFilters filters) {
		return filters.with("unit", this.unit.getValue() == null ? null : this.unit.getValue().code())
			.with("pangkat", this.rank.getValue())
			.with("jabatan", this.position.getValue())
			.with("urut", this.order.equals(EmployeeJpOrder.FEWEST_JP_FIRST) ? null
					: (this.order.descending() ? "-" : "") + this.order.column().name().toLowerCase(Locale.ROOT));
	}

	EmployeeJpFilter filter() {
		return new EmployeeJpFilter(this.unit.getValue() == null ? null : this.unit.getValue().id(),
				this.rank.getValue(), this.position.getValue());
	}

	private void refresh() {
		EmployeeJpFilter filter = filter();
		long total = this.dashboard.countBelowTarget(this.agencyId, this.year, filter);
		this.count.setText(getTranslation("agencyDashboard.belowTarget.count", total));
		this.grid.setItems(query -> {
			EmployeeJpOrder sorted = query.getSortOrders().stream().findFirst()
				.map(sort -> new EmployeeJpOrder(column(sort.getSorted()),
						sort.getDirection() == SortDirection.DESCENDING))
				.orElse(this.order);
			return this.dashboard.belowTarget(this.agencyId, this.year, filter, sorted, query.getOffset(),
					query.getLimit()).stream();
		}, query -> (int) this.dashboard.countBelowTarget(this.agencyId, this.year, filter));
		this.grid.setVisible(total > 0);
		this.empty.setVisible(total == 0);
	}

	private <T> void configure(ComboBox<T> box, String labelKey, String placeholderKey) {
		box.setLabel(getTranslation(labelKey));
		box.setPlaceholder(getTranslation(placeholderKey));
		box.setClearButtonVisible(true);
		box.addValueChangeListener(event -> {
			if (!this.applying) {
				refresh();
				this.changed.run();
			}
		});
	}

	private static EmployeeJpOrder.Column column(@Nullable String key) {
		return key == null ? EmployeeJpOrder.Column.JP : EmployeeJpOrder.Column.valueOf(key);
	}

	private static Optional<EmployeeJpOrder> order(String text) {
		boolean descending = text.startsWith("-");
		String name = (descending ? text.substring(1) : text).toUpperCase(Locale.ROOT);
		try {
			return Optional.of(new EmployeeJpOrder(EmployeeJpOrder.Column.valueOf(name), descending));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
