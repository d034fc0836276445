package id.pelita.shared;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.pelita.shared.i18n.Translations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes the tables people download, as CSV (UTF-8 with a byte order mark, {@code ;} between fields, decimals in
 * the reader's language, as Excel with Indonesian settings opens it) or as an XLSX workbook. Every export goes
 * through here, so that no downloaded file can carry a live formula: text that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '} (OWASP's CSV-injection advice), while
 * numbers handed in as numbers stay numbers (also negative ones). Headers are text too and are treated alike.
 * <p>
 * Use: {@code open}, then {@code sheet} (CSV: exactly one), then {@code row}s, then {@code close}, which finishes
 * the file but leaves the stream open.
 */
public final class SpreadsheetWriter implements Closeable {

	/** What starts a formula (or, after a tab or carriage return, a cell that spreadsheets may read as one). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

	private static final String HEADER_FILL = "DDEBF7";

	/**
	 * A column: its header, its width in characters in a workbook (0: the default) and whether its cells are text
	 * in a workbook (identifiers such as NIPs, whose 18 digits a spreadsheet would round as a number).
	 */
	public record Column(String header, double width, boolean text) {

		public static Column of(String header) {
			return new Column(header, 0, false);
		}

		public static Column of(String header, double width) {
			return new Column(header, width, false);
		}

		/** A column formatted as text in a workbook, so that what is typed or stored there stays as it is. */
		public static Column text(String header, double width) {
			return new Column(header, width, true);
		}

		/** Plain columns with the default width. */
		public static List<Column> all(List<String> headers) {
			return headers.stream().map(Column::of).toList();
		}

	}

	private final SpreadsheetFormat format;

	private final NumberFormat decimals;

	private final OutputStream out;

	private @Nullable CSVPrinter printer;

	private @Nullable Workbook workbook;

	private @Nullable Worksheet worksheet;

	private List<Column> columns = List.of();

	private int row;

	private int textRows;

	private boolean sheetStarted;

	private SpreadsheetWriter(SpreadsheetFormat format, OutputStream out, Locale locale) {
		this.format = format;
		this.out = out;
		this.decimals = NumberFormat.getNumberInstance(Translations.supported(locale));
		this.decimals.setGroupingUsed(false);
		this.decimals.setMaximumFractionDigits(6);
	}

	/** A writer of one file in the format; decimals in CSV are written as the reader's language writes them. */
	public static SpreadsheetWriter open(SpreadsheetFormat format, OutputStream out, Locale locale) {
		return new SpreadsheetWriter(format, out, locale);
	}

	/**
	 * The text as it may stand in a cell: unchanged, or with a leading {@code '} when it starts with a character
	 * that spreadsheets read as the start of a formula.
	 */
	public static String inert(String text) {
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/** Starts a sheet with plain columns. */
	public SpreadsheetWriter sheet(String name, List<String> headers) {
		return sheet(name, Column.all(headers), 0);
	}

	/** Starts a sheet: its header row, bold and frozen in a workbook. */
	public SpreadsheetWriter sheet(String name, List<Column> columns, int textRowsAtLeast) {
		try {
			finishSheet();
			if (this.format == SpreadsheetFormat.CSV) {
				if (this.sheetStarted) {
					throw new IllegalStateException("A CSV file has one sheet");
				}
				Writer writer = new OutputStreamWriter(this.out, StandardCharsets.UTF_8);
				writer.write('\uFEFF');
				this.printer = new CSVPrinter(writer, CSV);
				this.printer.printRecord(columns.stream().map(column -> inert(column.header())).toList());
			}
			else {
				if (this.workbook == null) {
					this.workbook = new Workbook(this.out, "Pelita LMS", "1.0");
				}
				Worksheet sheet = this.workbook.newWorksheet(sheetName(name));
				for (int column = 0; column < columns.size(); column++) {
					sheet.value(0, column, inert(columns.get(column).header()));
					sheet.style(0, column).bold().wrapText(true).fillColor(HEADER_FILL).set();
					if (columns.get(column).width() > 0) {
						sheet.width(column, columns.get(column).width());
					}
				}
				sheet.freezePane(0, 1);
				this.worksheet = sheet;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.sheetStarted = true;
		this.columns = columns;
		this.row = 1;
		this.textRows = textRowsAtLeast;
		return this;
	}

	/** One row: text, numbers (kept numeric) or {@code null} (an empty cell). */
	public SpreadsheetWriter row(List<?> values) {
		try {
			if (this.printer != null) {
				List<String> cells = new ArrayList<>(values.size());
				for (Object value : values) {
					cells.add(csvCell(value));
				}
				this.printer.printRecord(cells);
			}
			else if (this.worksheet != null) {
				for (int column = 0; column < values.size(); column++) {
					Object value = values.get(column);
					if (value instanceof Number number) {
						this.worksheet.value(this.row, column, number);
					}
					else if (value != null) {
						this.worksheet.value(this.row, column, inert(String.valueOf(value)));
					}
				}
			}
			else {
				throw new IllegalStateException("No sheet started");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.row++;
		return this;
	}

	/** One row; see {@link #row(List)}. */
	public SpreadsheetWriter row(@Nullable Object... values) {
		return row(Arrays.asList(values));
	}

	/** Finishes the file; the stream stays open. */
	@Override
	public void close() {
		try {
			finishSheet();
			if (this.printer != null) {
				this.printer.flush();
			}
			else if (this.workbook != null) {
				this.workbook.finish();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void finishSheet() {
		Worksheet sheet = this.worksheet;
		if (sheet == null) {
			return;
		}
		int lastRow = Math.max(this.row - 1, this.textRows);
		for (int column = 0; column < this.columns.size(); column++) {
			if (this.columns.get(column).text() && lastRow >= 1) {
				sheet.range(1, column, lastRow, column).style().format("@").set();
			}
		}
		this.worksheet = null;
	}

	private String csvCell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
			return this.decimals.format(value);
		}
		if (value instanceof Number) {
			return value.toString();
		}
		return inert(String.valueOf(value));
	}

	/** Excel allows 31 characters, none of {@code []:*?/\} and no apostrophe at either end in a sheet name. */
	static String sheetName(String title) {
		String cleaned = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("^['\\s]+|['\\s]+$", "");
		if (cleaned.length() > 31) {
			cleaned = cleaned.substring(0, 31).replaceAll("['\\s]+$", "");
		}
		return cleaned.isEmpty() ? "Data" : cleaned;
	}

}
