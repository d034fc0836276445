package id.pelita.agency.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.pelita.agency.internal.RosterFile.Column;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.SpreadsheetWriter;
import id.pelita.shared.i18n.Translations;

/**
 * Empty roster files to fill in, written by the shared {@link SpreadsheetWriter}: a CSV (semicolon-separated,
 * UTF-8 with a byte-order mark, as Excel in an Indonesian locale opens it) and an XLSX whose NIP and phone columns
 * are text (a NIP typed as a number loses its last digits) with a second sheet listing the coordinator's unit
 * codes.
 */
public final class RosterTemplates {

	private static final int TEXT_ROWS = 5000;

	private static final Locale LOCALE = Translations.INDONESIAN;

	private RosterTemplates() {
	}

	public static byte[] csv() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetFormat.CSV, out, LOCALE)) {
			writer.sheet("Pegawai", Arrays.stream(Column.values()).map(Column::header).toList());
		}
		return out.toByteArray();
	}

	/** The workbook; {@code units} are code and name pairs of the units the coordinator may use. */
	public static byte[] xlsx(List<String[]> units) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(SpreadsheetFormat.XLSX, out, LOCALE)) {
			writer.sheet("Pegawai", Arrays.stream(Column.values()).map(column -> switch (column) {
				case NIP, PHONE -> SpreadsheetWriter.Column.text(column.header(), 22);
				case NAME, POSITION -> SpreadsheetWriter.Column.of(column.header(), 36);
				default -> SpreadsheetWriter.Column.of(column.header(), 22);
			}).toList(), TEXT_ROWS);
			writer.sheet("Unit", List.of(SpreadsheetWriter.Column.text("Kode", 16),
					SpreadsheetWriter.Column.of("Nama unit", 60)), 0);
			for (String[] unit : units) {
				writer.row(unit[0], unit[1]);
			}
		}
		return out.toByteArray();
	}

}
