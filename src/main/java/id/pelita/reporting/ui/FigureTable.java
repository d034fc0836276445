package id.pelita.reporting.ui;

import java.util.List;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * The numbers of a chart as a table for screen readers (visually hidden): a caption, a header row, then one row
 * per category with its values already formatted.
 */
class FigureTable extends NativeTable {

	FigureTable(String caption, List<String> headers, List<List<String>> rows) {
		addClassName("sr-only");
		setCaptionText(caption);
		NativeTableRow head = getHead().addRow();
		headers.forEach(header -> head.addHeaderCell().setText(header));
		for (List<String> cells : rows) {
			NativeTableRow row = getBody().addRow();
			row.addHeaderCell().setText(cells.getFirst());
			cells.subList(1, cells.size()).forEach(cell -> row.addDataCell().setText(cell));
		}
	}

	/** The rows' texts, header row first (for tests). */
	List<List<String>> texts() {
		List<NativeTableRow> rows = new java.util.ArrayList<>(getHead().getRows());
		rows.addAll(getBody().getRows());
		return rows.stream()
			.map(row -> row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList())
			.toList();
	}

}
