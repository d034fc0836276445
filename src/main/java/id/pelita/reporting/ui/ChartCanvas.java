package id.pelita.reporting.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Chart.js chart (from its WebJar) drawn in the browser by scripts/pelita-charts.js from data sent as JSON; the
 * canvas is an image for screen readers, whose numbers a {@link FigureTable} next to it repeats.
 */
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
@JavaScript("context://scripts/pelita-charts.js")
class ChartCanvas extends Div {

	/** One series: its name, its values over the labels, and whether it is drawn as a dashed line. */
	record Dataset(String label, List<? extends Number> data, @Nullable String type, boolean dashed) {

		static Dataset of(String label, List<? extends Number> data) {
			return new Dataset(label, data, null, false);
		}

	}

	private final Element canvas = new Element("canvas");

	private @Nullable ObjectNode config;

	ChartCanvas(String description) {
		addClassName("chart-canvas");
		this.canvas.setAttribute("role", "img");
		this.canvas.setAttribute("aria-label", description);
		getElement().appendChild(this.canvas);
	}

	/** Draws (or redraws) a chart of the kind ({@code bar}, {@code line}) over the labels. */
	void show(String type, List<String> labels, @Nullable String xTitle, @Nullable String yTitle,
			List<Dataset> datasets) {
		JsonNodeFactory json = JsonNodeFactory.instance;
		ObjectNode node = json.objectNode();
		node.put("type", type);
		ArrayNode labelNodes = node.putArray("labels");
		labels.forEach(labelNodes::add);
		if (xTitle != null) {
			node.put("xTitle", xTitle);
		}
		if (yTitle != null) {
			node.put("yTitle", yTitle);
		}
		ArrayNode sets = node.putArray("datasets");
		for (Dataset dataset : datasets) {
			ObjectNode set = sets.addObject();
			set.put("label", dataset.label());
			ArrayNode values = set.putArray("data");
			dataset.data().forEach(value -> values.add(value.doubleValue()));
			if (dataset.type() != null) {
				set.put("type", dataset.type());
			}
			set.put("dashed", dataset.dashed());
		}
		this.config = node;
		if (isAttached()) {
			draw();
		}
	}

	/** What the browser is given to draw (for tests). */
	@Nullable
	ObjectNode config() {
		return this.config;
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		if (this.config != null) {
			draw();
		}
	}

	private void draw() {
		getElement().executeJs("window.pelitaCharts.draw(this, $0)", this.config);
	}

}
