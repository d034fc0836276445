package id.pelita.reporting.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import id.pelita.reporting.MonthlyJp;
import id.pelita.reporting.MonthlyParticipation;
import id.pelita.shared.ui.UserContext;

/**
 * Two charts over the months of the year, each with its numbers as a table for screen readers: the agency's
 * people in the month's runs (put forward, confirmed, completed, not completed) and the cumulative JP against the
 * line a steady pace to 20 JP per employee would draw.
 */
class MonthlyCharts extends Div {

	final ChartCanvas participationChart = new ChartCanvas(getTranslation("agencyDashboard.participation"));

	final ChartCanvas cumulativeChart = new ChartCanvas(getTranslation("agencyDashboard.cumulative"));

	final Paragraph paceNote = new Paragraph();

	private final Div participationTable = new Div();

	private final Div cumulativeTable = new Div();

	FigureTable participation = new FigureTable("", List.of(), List.of());

	FigureTable cumulative = new FigureTable("", List.of(), List.of());

	MonthlyCharts() {
		addClassName("agency-section");
		add(new H3(getTranslation("agencyDashboard.participation")), this.participationChart,
				this.participationTable, new H3(getTranslation("agencyDashboard.cumulative")), this.paceNote,
				this.cumulativeChart, this.cumulativeTable);
	}

	void show(List<MonthlyParticipation> months, List<MonthlyJp> jp) {
		NumberFormat number = NumberFormat.getNumberInstance(UserContext.locale());
		List<String> labels = months.stream()
			.map(month -> Month.of(month.month()).getDisplayName(TextStyle.SHORT, UserContext.locale()))
			.toList();
		List<String> series = List.of("nominated", "confirmed", "completed", "notCompleted");
		List<String> names = series.stream().map(key -> getTranslation("agencyReports.column." + key)).toList();
		List<List<Long>> values = List.of(months.stream().map(MonthlyParticipation::nominated).toList(),
				months.stream().map(MonthlyParticipation::confirmed).toList(),
				months.stream().map(MonthlyParticipation::completed).toList(),
				months.stream().map(MonthlyParticipation::notCompleted).toList());
		String month = getTranslation("agencyDashboard.month");
		this.participationChart.show("bar", labels, month, getTranslation("agencyDashboard.people.axis"),
				java.util.stream.IntStream.range(0, names.size())
					.mapToObj(i -> ChartCanvas.Dataset.of(names.get(i), values.get(i)))
					.toList());
		this.participation = new FigureTable(getTranslation("agencyDashboard.participation"),
				java.util.stream.Stream.concat(java.util.stream.Stream.of(month), names.stream()).toList(),
				java.util.stream.IntStream.range(0, labels.size())
					.mapToObj(i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(labels.get(i)),
							values.stream().map(column -> number.format(column.get(i)))).toList())
					.toList());
		this.participationTable.removeAll();
		this.participationTable.add(this.participation);

		String actual = getTranslation("agencyDashboard.cumulative.actual");
		String pace = getTranslation("agencyDashboard.cumulative.pace");
		List<BigDecimal> totals = jp.stream().map(MonthlyJp::cumulative).toList();
		List<BigDecimal> paces = jp.stream().map(MonthlyJp::steadyPace).toList();
		this.paceNote.setText(getTranslation("agencyDashboard.cumulative.note"));
		this.cumulativeChart.show("line", labels, month, "JP", List.of(ChartCanvas.Dataset.of(actual, totals),
				new ChartCanvas.Dataset(pace, paces, null, true)));
		this.cumulative = new FigureTable(getTranslation("agencyDashboard.cumulative"),
				List.of(month, getTranslation("agencyDashboard.cumulative.month"), actual, pace),
				java.util.stream.IntStream.range(0, labels.size())
					.mapToObj(i -> List.of(labels.get(i), number.format(jp.get(i).jp()), number.format(totals.get(i)),
							number.format(paces.get(i))))
					.toList());
		this.cumulativeTable.removeAll();
		this.cumulativeTable.add(this.cumulative);
	}

}
