package id.pelita.shared;

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
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded table as Excel and other systems write it, for every import: CSV separated by commas,
 * semicolons or tabs (detected), UTF-8 with or without a byte-order mark (Windows-1252 as a fallback), or the first
 * sheet of an XLSX workbook. Cells come back as text; a cell the workbook holds as a number starts with
 * {@link #NUMBER_MARK} (a NIP typed as a number has lost digits, a date is a day count), see {@link #isNumber} and
 * {@link #plain}. Failures are {@link UserFacingException}s whose keys are the caller's prefix plus {@code .empty},
 * {@code .oldExcel}, {@code .tooManyRows} (argument: the limit) or {@code .unreadable}, so each import words them in
 * its own terms.
 */
public final class SpreadsheetReader {

	/** Marks a cell that an XLSX workbook stores as a number. */
	public static final String NUMBER_MARK = "\u0000";

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** An XLSX workbook is a ZIP file. */
	private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };

	/** An old binary Excel file (.xls). */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private SpreadsheetReader() {
	}

	/**
	 * The rows of the file as cells, blank rows included (so that row numbers are those a spreadsheet shows); refuses
	 * files of more than about {@code maxRows} rows while reading.
	 */
	public static List<String[]> read(byte[] content, int maxRows, String errorPrefix) {
		if (content.length == 0) {
			throw new UserFacingException(errorPrefix + ".empty");
		}
		if (startsWith(content, OLE2)) {
			throw new UserFacingException(errorPrefix + ".oldExcel");
		}
		return startsWith(content, ZIP) ? xlsx(content, maxRows, errorPrefix) : csv(content, maxRows, errorPrefix);
	}

	/** Whether the cell was a number in the workbook. */
	public static boolean isNumber(String cell) {
		return cell.startsWith(NUMBER_MARK);
	}

	/** The cell's text without the number mark. */
	public static String plain(@Nullable String cell) {
		if (cell == null) {
			return "";
		}
		return isNumber(cell) ? cell.substring(NUMBER_MARK.length()) : cell;
	}

	/** Whether every cell of the row is blank. */
	public static boolean blank(String[] cells) {
		return Arrays.stream(cells).allMatch(cell -> cell == null || plain(cell).isBlank());
	}

	/** The separator of the first non-blank line, outside quotes: semicolon, comma or tab, whichever is most used. */
	public static char delimiter(String text) {
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

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	private static List<String[]> csv(byte[] content, int maxRows, String errorPrefix) {
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
					throw new UserFacingException(errorPrefix + ".tooManyRows", maxRows);
				}
				table.add(record.values());
			}
		}
		catch (UncheckedIOException | IOException ex) {
			throw new UserFacingException(errorPrefix + ".unreadable");
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

	private static List<String[]> xlsx(byte[] content, int maxRows, String errorPrefix) {
		List<String[]> table = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<org.dhatim.fastexcel.reader.Row> rows = firstSheet(workbook, errorPrefix).openStream()) {
			rows.forEach(row -> {
				if (table.size() > maxRows + 10) {
					throw new UserFacingException(errorPrefix + ".tooManyRows", maxRows);
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
			throw new UserFacingException(errorPrefix + ".unreadable");
		}
		return table;
	}

	private static Sheet firstSheet(ReadableWorkbook workbook, String errorPrefix) {
		return workbook.getSheets().findFirst().orElseThrow(() -> new UserFacingException(errorPrefix + ".empty"));
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
