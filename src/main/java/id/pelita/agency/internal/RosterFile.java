package id.pelita.agency.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import id.pelita.shared.UserFacingException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
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

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** An XLSX workbook is a ZIP file. */
	private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };

	/** An old binary Excel file (.xls). */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private RosterFile() {
	}

	/** The rows of the file; a {@link UserFacingException} when it cannot be read as a roster at all. */
	public static List<Row> read(String fileName, byte[] content, int maxRows) {
		if (content.length == 0) {
			throw new UserFacingException("roster.import.error.empty");
		}
		if (startsWith(content, OLE2)) {
			throw new UserFacingException("roster.import.error.oldExcel");
		}
		List<String[]> table = startsWith(content, ZIP) ? new XlsxTable(content, maxRows).rows()
				: csv(content, maxRows);
		return rows(table, maxRows);
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
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
			boolean numeric = nipCell.startsWith(XlsxTable.NUMBER_MARK);
			String nip = numeric ? nipCell.substring(1) : nipCell;
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
		return value.startsWith(XlsxTable.NUMBER_MARK) ? value.substring(1) : value;
	}

	private static boolean blank(String[] cells) {
		return Arrays.stream(cells).allMatch(cell -> cell == null || plain(cell).isBlank());
	}

	private static List<String[]> csv(byte[] content, int maxRows) {
		String text = decode(content);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(text))
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(true)
			.get();
		List<String[]> table = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				if (table.size() > maxRows + 10) {
					throw new UserFacingException("roster.import.error.tooManyRows", maxRows);
				}
				table.add(record.values());
			}
		}
		catch (UncheckedIOException | IOException ex) {
			throw new UserFacingException("roster.import.error.unreadable");
		}
		return table;
	}

	/** UTF-8 (a byte-order mark is dropped); bytes that are not UTF-8 are read as Windows-1252. */
	private static String decode(byte[] content) {
		int offset = startsWith(content, UTF8_BOM) ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, offset, content.length - offset, Charset.forName("windows-1252"));
		}
	}

	/** The separator of the first non-blank line, outside quotes: semicolon, comma or tab, whichever is most used. */
	static char delimiter(String text) {
		String line = text.lines().filter(candidate -> !candidate.isBlank()).findFirst().orElse("");
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				semicolons += c == ';' ? 1 : 0;
				commas += c == ',' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		if (tabs > semicolons && tabs > commas) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	/** The first sheet of a workbook as text cells; numbers are marked, so that a NIP typed as one is noticed. */
	private static final class XlsxTable {

		static final String NUMBER_MARK = "\u0000";

		private final byte[] content;

		private final int maxRows;

		XlsxTable(byte[] content, int maxRows) {
			this.content = content;
			this.maxRows = maxRows;
		}

		List<String[]> rows() {
			List<String[]> table = new ArrayList<>();
			try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(this.content));
					Stream<org.dhatim.fastexcel.reader.Row> rows = firstSheet(workbook).openStream()) {
				rows.forEach(row -> {
					if (table.size() > this.maxRows + 10) {
						throw new UserFacingException("roster.import.error.tooManyRows", this.maxRows);
					}
					while (table.size() < row.getRowNum() - 1) {
						table.add(new String[0]);
					}
					String[] cells = new String[row.getCellCount()];
					for (int i = 0; i < cells.length; i++) {
						cells[i] = text(row.getCell(i));
					}
					table.add(cells);
				});
			}
			catch (UserFacingException ex) {
				throw ex;
			}
			catch (IOException | RuntimeException ex) {
				throw new UserFacingException("roster.import.error.unreadable");
			}
			return table;
		}

		private static Sheet firstSheet(ReadableWorkbook workbook) {
			return workbook.getSheets().findFirst()
				.orElseThrow(() -> new UserFacingException("roster.import.error.empty"));
		}

		private static String text(@Nullable Cell cell) {
			if (cell == null || cell.getType() == CellType.EMPTY) {
				return "";
			}
			if (cell.getType() == CellType.NUMBER) {
				return NUMBER_MARK + cell.asNumber().toPlainString();
			}
			String text = cell.getText();
			return text == null ? "" : text;
		}

	}

}
