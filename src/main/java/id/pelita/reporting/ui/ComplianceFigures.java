package id.pelita.reporting.ui;

import java.text.NumberFormat;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import id.pelita.reporting.AgencyReports;
import id.pelita.reporting.ComplianceSummary;
import id.pelita.shared.ui.UserContext;

/**
 * The year's headline figures of an agency (employees, reached 20 JP with the percentage, below target) and the
 * JP distribution as a bar chart with the same numbers in a table for screen readers.
 */
class ComplianceFigures extends Div {

	final Span employees = new Span();

	final Span reached = new Span();

	final Span below = new Span();

	final ChartCanvas chart = new ChartCanvas(getTranslation("agencyDashboard.distribution"));

	private final Div tableHolder = new Div();

	FigureTable table = new FigureTable("", List.of(), List.of());

	ComplianceFigures() {
		addClassName("agency-section");
		Div cards = new Div(card("agencyDashboard.figure.employees", this.employees),
				card("agencyDashboard.figure.reached", this.reached),
				card("agencyDashboard.figure.below", this.below));
		cards.addClassName("agency-figures");
		add(cards, new H3(getTranslation("agencyDashboard.distribution")), this.chart, this.tableHolder);
	}

	void show(ComplianceSummary summary) {
		NumberFormat number = NumberFormat.getNumberInstance(UserContext.locale());
		this.employees.setText(number.format(summary.employees()));
		this.reached.setText(getTranslation("agencyDashboard.figure.reachedValue", number.format(summary.reached()),
				number.format(summary.percentReached())));
		this.below.setText(number.format(summary.employees() - summary.reached()));
		List<String> buckets = AgencyReports.DistributionLabels.keys().stream().map(this::getTranslation).toList();
		List<Long> counts = List.of(summary.zero(), summary.below10(), summary.below20(), summary.reached());
		String axis = getTranslation("agencyDashboard.employees.axis");
		this.chart.show("bar", buckets, getTranslation("agencyDashboard.distribution.axis"), axis,
				List.of(ChartCanvas.Dataset.of(axis, counts)));
		this.table = new FigureTable(getTranslation("agencyDashboard.distribution"),
				List.of(getTranslation("agencyDashboard.distribution.axis"), axis),
				java.util.stream.IntStream.range(0, buckets.size())
					.mapToObj(i -> List.of(buckets.get(i), number.format(counts.get(i))))
					.toList());
		this.tableHolder.removeAll();
		this.tableHolder.add(this.table);
	}

	private Div card(String labelKey, Span value) {
		value.addClassName("agency-figure-value");
		Div card = new Div(value, new Span(getTranslation(labelKey)));
		card.addClassName("agency-figure");
		return card;
	}

}
