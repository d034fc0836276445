package id.pelita.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.pelita.reporting.internal.ExternalEntryFile.Column;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.SpreadsheetWriter;

/**
 * Empty files for the bulk upload of trainings outside the platform, written by the shared
 * {@link SpreadsheetWriter}: a CSV with the header row, and an XLSX whose NIP and date columns are text (a NIP typed
 * as a number loses digits; dates are written YYYY-MM-DD or DD/MM/YYYY) with a second sheet of the forms' codes and
 * labels.
 */
public final class ExternalEntryTemplates {

	private static final int TEXT_ROWS = 2000;

	private ExternalEntryTemplates() {
	}

	public static byte[] csv(Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetFormat.CSV, out, locale)) {
			writer.sheet("Pelatihan", Arrays.stream(Column.values()).map(Column::header).toList());
		}
		return out.toByteArray();
	}

	/** The workbook; {@code types} are code and label pairs of the forms of development. */
	public static byte[] xlsx(Locale locale, List<String[]> types) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetFormat.XLSX, out, locale)) {
			writer.sheet("Pelatihan", Arrays.stream(Column.values()).map(column -> switch (column) {
				case NIP, START, END -> SpreadsheetWriter.Column.text(column.header(), 22);
				case NAME, TITLE, ORGANISER -> SpreadsheetWriter.Column.of(column.header(), 36);
				default -> SpreadsheetWriter.Column.of(column.header(), 20);
			}).toList(), TEXT_ROWS);
			writer.sheet("Bentuk", List.of(SpreadsheetWriter.Column.text("Kode", 22),
					SpreadsheetWriter.Column.of("Bentuk pengembangan kompetensi", 50)), 0);
			for (String[] type : types) {
				writer.row(type[0], type[1]);
			}
		}
		return out.toByteArray();
	}

}
