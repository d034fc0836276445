package id.pelita.reporting.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import org.jspecify.annotations.Nullable;

/**
 * A plain HTML table of report figures, with its caption and header cells (the first cell of a row heads the row),
 * as screen readers read tables; styled by styles/organiser-reports.css.
 */
class ReportTable extends NativeTable {

	ReportTable(String caption, List<String> headers) {
		addClassName("report-table");
		setCaptionText(caption);
		NativeTableRow head = getHead().addRow();
		headers.forEach(header -> head.addHeaderCell().setText(header));
	}

	/** The figure as the reader's language writes it, a dash when there is none. */
	static String number(@Nullable Number value, Locale locale) {
		if (value == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	void clear() {
		getBody().removeAllRows();
	}

	void add(List<String> cells) {
		NativeTableRow row = getBody().addRow();
		for (int i = 0; i < cells.size(); i++) {
			if (i == 0) {
				row.addHeaderCell().setText(cells.get(i));
				row.getHeaderCell(0).ifPresent(cell -> cell.getElement().setAttribute("scope", "row"));
			}
			else {
				row.addDataCell().setText(cells.get(i));
			}
		}
	}

	/** The body's cells as text, row by row (the first cell of a row is its header cell). */
	List<List<String>> rows() {
		return getBody().getRows()
			.stream()
			.map(row -> row.getAllCells().stream().map(cell -> cell.getElement().getText()).toList())
			.toList();
	}

}
