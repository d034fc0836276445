package id.pelita.reporting.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bar chart drawn in the browser by Chart.js (from its WebJar) through scripts/organiser-reports.js. It is a
 * picture only (hidden from screen readers); the page shows the same figures in a table.
 */
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
@JavaScript("context://scripts/organiser-reports.js")
class ReportBarChart extends Div {

	/** A named row of values, one per label. */
	record Series(String label, List<? extends Number> values) {
	}

	private ObjectNode data = JsonNodeFactory.instance.objectNode();

	ReportBarChart() {
		addClassName("report-chart");
		getElement().setAttribute("aria-hidden", "true");
		getStyle().set("position", "relative").set("height", "16rem").set("max-width", "48rem");
	}

	void show(List<String> labels, List<Series> series) {
		ObjectNode shown = JsonNodeFactory.instance.objectNode();
		ArrayNode labelNodes = shown.putArray("labels");
		labels.forEach(labelNodes::add);
		ArrayNode seriesNodes = shown.putArray("series");
		for (Series one : series) {
			ObjectNode node = seriesNodes.addObject();
			node.put("label", one.label());
			ArrayNode values = node.putArray("values");
			one.values().forEach(value -> values.add(value.doubleValue()));
		}
		this.data = shown;
		getElement().executeJs("window.pelitaOrganiserReports.bar(this, $0)", shown);
	}

	/** What the chart was last given, as the script receives it. */
	ObjectNode data() {
		return this.data;
	}

}
