package id.pelita.shared.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;

/**
 * The bad rows of an import preview, as every import shows them: two columns only, the row number and a wrapping
 * cell with the row's subject (for example NIP and name) over its reasons, each on a line of its own, so that every
 * reason can be read in full on a laptop and on a phone alike (styles {@code import-problem*} in
 * {@code pelita.css}).
 *
 * @param <T> one bad row
 */
public class ImportProblemGrid<T> extends Grid<T> {

	private final transient Function<T, String> subject;

	private final transient Function<T, List<String>> reasons;

	/**
	 * @param line the row as a spreadsheet numbers it
	 * @param subject what the row is about, blank for nothing
	 * @param reasons every reason, translated
	 */
	public ImportProblemGrid(String rowHeader, String problemHeader, ToIntFunction<T> line,
			Function<T, String> subject, Function<T, List<String>> reasons) {
		this.subject = subject;
		this.reasons = reasons;
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		addColumn(line::applyAsInt).setHeader(rowHeader).setAutoWidth(true).setFlexGrow(0);
		addComponentColumn(this::cell).setHeader(problemHeader).setFlexGrow(1);
		setAllRowsVisible(false);
		setHeight("320px");
		setVisible(false);
	}

	/** Shows these rows; hidden when there are none. */
	public void show(List<T> problems) {
		setItems(problems);
		setVisible(!problems.isEmpty());
	}

	/** The row's subject and every reason, one per line. */
	public Div cell(T problem) {
		Div cell = new Div();
		cell.addClassName("import-problem");
		String who = this.subject.apply(problem);
		if (who != null && !who.isBlank()) {
			Div subjectLine = new Div(who);
			subjectLine.addClassName("import-problem-employee");
			cell.add(subjectLine);
		}
		for (String reason : this.reasons.apply(problem)) {
			Div reasonLine = new Div(reason);
			reasonLine.addClassName("import-problem-reason");
			cell.add(reasonLine);
		}
		return cell;
	}

}
