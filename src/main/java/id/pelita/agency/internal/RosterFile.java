package id.pelita.agency.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.pelita.shared.SpreadsheetReader;
import id.pelita.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a roster file as Excel and other HR systems write it: CSV separated by commas or semicolons (detected),
 * UTF-8 with or without a byte-order mark (Windows-1252 as a fallback), or the first sheet of an XLSX workbook.
 * The header row names the columns (Indonesian or English, any order); without one the template's order is
 * assumed. Blank rows are skipped.
 */
public final class RosterFile {

	/** The columns, in the template's order. */
	public enum Column {

		NIP("NIP", "nip"), NAME("Nama", "nama", "name", "namalengkap", "fullname"),
		RANK_GRADE("Pangkat/Golongan", "pangkat", "golongan", "rank", "grade"),
		POSITION("Jabatan", "jabatan", "position", "jobtitle"), UNIT("Unit (kode instansi)", "unit", "kodeunit",
				"kodeinstansi", "agencycode"),
		EMAIL("E-mail", "email", "surel", "mail"), PHONE("Telepon", "telepon", "telp", "phone", "nohp", "hp", "notelp",
				"nomortelepon", "nomorhp");

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
			String key = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
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

	/** One data row; {@code nipStoredAsNumber} when a spreadsheet kept the NIP as a number, losing digits. */
	public record Row(int line, String nip, String name, String rankGrade, String position, String unit, String email,
			String phone, boolean nipStoredAsNumber) {
	}

	private static final String ERRORS = "roster.import.error";

	private RosterFile() {
	}

	/** The rows of the file; a {@link UserFacingException} when it cannot be read as a roster at all. */
	public static List<Row> read(String fileName, byte[] content, int maxRows) {
		return rows(SpreadsheetReader.read(content, maxRows, ERRORS), maxRows);
	}

	private static List<Row> rows(List<String[]> table, int maxRows) {
		int headerIndex = -1;
		for (int i = 0; i < table.size(); i++) {
			if (!blank(table.get(i))) {
				headerIndex = i;
				break;
			}
		}
		if (headerIndex < 0) {
			throw new UserFacingException("roster.import.error.empty");
		}
		int[] positions = positions(table.get(headerIndex));
		int firstData = headerIndex + 1;
		if (positions == null) {
			String first = plain(cell(table.get(headerIndex), 0)).replaceAll("[\\s'.]", "");
			if (first.isEmpty() || !first.chars().allMatch(Character::isDigit)) {
				throw new UserFacingException("roster.import.error.columns");
			}
			positions = new int[] { 0, 1, 2, 3, 4, 5, 6 };
			firstData = headerIndex;
		}
		List<Row> rows = new ArrayList<>();
		for (int i = firstData; i < table.size(); i++) {
			String[] cells = table.get(i);
			if (blank(cells)) {
				continue;
			}
			if (rows.size() == maxRows) {
				throw new UserFacingException("roster.import.error.tooManyRows", maxRows);
			}
			String nipCell = cell(cells, positions[0]);
			boolean numeric = SpreadsheetReader.isNumber(nipCell);
			String nip = numeric ? SpreadsheetReader.plain(nipCell) : nipCell;
			if (nip.startsWith("'")) {
				nip = nip.substring(1);
			}
			rows.add(new Row(i + 1, nip, plain(cell(cells, positions[1])), plain(cell(cells, positions[2])),
					plain(cell(cells, positions[3])), plain(cell(cells, positions[4])),
					plain(cell(cells, positions[5])), plain(cell(cells, positions[6])), numeric));
		}
		return rows;
	}

	/** The position of each column in the header, or null when this is no header row. */
	private static int @Nullable [] positions(String[] header) {
		int[] positions = new int[Column.values().length];
		Arrays.fill(positions, -1);
		for (int i = 0; i < header.length; i++) {
			Column column = Column.matching(header[i]);
			if (column != null && positions[column.ordinal()] < 0) {
				positions[column.ordinal()] = i;
			}
		}
		boolean nip = positions[Column.NIP.ordinal()] >= 0;
		boolean name = positions[Column.NAME.ordinal()] >= 0;
		if (nip && name) {
			return positions;
		}
		if (nip || name) {
			throw new UserFacingException("roster.import.error.columns");
		}
		return null;
	}

	private static String cell(String[] cells, int position) {
		if (position < 0 || position >= cells.length || cells[position] == null) {
			return "";
		}
		return cells[position].strip();
	}

	private static String plain(String value) {
		return SpreadsheetReader.plain(value);
	}

	private static boolean blank(String[] cells) {
		return SpreadsheetReader.blank(cells);
	}

	static char delimiter(String text) {
		return SpreadsheetReader.delimiter(text);
	}

}
