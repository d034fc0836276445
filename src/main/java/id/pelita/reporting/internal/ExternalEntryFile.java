package id.pelita.reporting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.pelita.shared.SpreadsheetReader;
import id.pelita.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bulk upload of trainings outside the platform through the shared {@link SpreadsheetReader}: a header row
 * naming the columns (Indonesian or English, any order; NIP, title, organiser, both dates, JP and form are needed,
 * the name is only shown), then one training per row. Cells stay text; a cell the workbook held as a number keeps
 * its mark, so a date typed into Excel is read as a date.
 */
public final class ExternalEntryFile {

	/** Prefix of the reading failures' translation keys. */
	static final String ERRORS = "jp.import.error";

	/** The columns, in the template's order. */
	public enum Column {

		NIP("NIP", "nip"), NAME("Nama", "nama", "name"), TITLE("Judul pelatihan", "judul", "title", "pelatihan", "training"),
		ORGANISER("Penyelenggara", "penyelenggara", "organi", "lembaga", "institusi"),
		START("Tanggal mulai", "tanggalmulai", "mulai", "start"),
		END("Tanggal selesai", "tanggalselesai", "selesai", "end", "akhir"), JP("JP", "jp", "jam"),
		TYPE("Bentuk", "bentuk", "jenis", "type", "form");

		private final String header;

		private final List<String> prefixes;

		Column(String header, String... prefixes) {
			this.header = header;
			this.prefixes = List.of(prefixes);
		}

		public String header() {
			return this.header;
		}

		static @Nullable Column matching(String header) {
			String key = SpreadsheetReader.plain(header).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			if (key.isEmpty()) {
				return null;
			}
			for (Column column : values()) {
				if (column.prefixes.stream().anyMatch(key::startsWith)) {
					return column;
				}
			}
			return null;
		}

	}

	/** One data row as the file has it; cells the workbook held as numbers keep the reader's mark. */
	public record Row(int line, String nip, String name, String title, String organiser, String startDate,
			String endDate, String jp, String type) {
	}

	private ExternalEntryFile() {
	}

	/** The rows of the file; a {@link UserFacingException} when it cannot be read as such a file at all. */
	public static List<Row> read(byte[] content, int maxRows) {
		List<String[]> table = SpreadsheetReader.read(content, maxRows, ERRORS);
		int headerIndex = 0;
		while (headerIndex < table.size() && SpreadsheetReader.blank(table.get(headerIndex))) {
			headerIndex++;
		}
		if (headerIndex == table.size()) {
			throw new UserFacingException(ERRORS + ".empty");
		}
		int[] positions = positions(table.get(headerIndex));
		List<Row> rows = new ArrayList<>();
		for (int i = headerIndex + 1; i < table.size(); i++) {
			String[] cells = table.get(i);
			if (SpreadsheetReader.blank(cells)) {
				continue;
			}
			if (rows.size() == maxRows) {
				throw new UserFacingException(ERRORS + ".tooManyRows", maxRows);
			}
			rows.add(new Row(i + 1, text(cells, positions, Column.NIP), text(cells, positions, Column.NAME),
					text(cells, positions, Column.TITLE), text(cells, positions, Column.ORGANISER),
					cell(cells, positions[Column.START.ordinal()]), cell(cells, positions[Column.END.ordinal()]),
					cell(cells, positions[Column.JP.ordinal()]), text(cells, positions, Column.TYPE)));
		}
		return rows;
	}

	private static int[] positions(String[] header) {
		int[] positions = new int[Column.values().length];
		Arrays.fill(positions, -1);
		for (int i = 0; i < header.length; i++) {
			Column column = Column.matching(header[i] == null ? "" : header[i]);
			if (column != null && positions[column.ordinal()] < 0) {
				positions[column.ordinal()] = i;
			}
		}
		for (Column column : Column.values()) {
			if (column != Column.NAME && positions[column.ordinal()] < 0) {
				throw new UserFacingException(ERRORS + ".columns");
			}
		}
		return positions;
	}

	private static String text(String[] cells, int[] positions, Column column) {
		String value = SpreadsheetReader.plain(cell(cells, positions[column.ordinal()]));
		return column == Column.NIP && value.startsWith("'") ? value.substring(1) : value;
	}

	private static String cell(String[] cells, int position) {
		if (position < 0 || position >= cells.length || cells[position] == null) {
			return "";
		}
		return cells[position].strip();
	}

}
