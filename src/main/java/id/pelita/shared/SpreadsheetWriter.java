package id.pelita.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import id.pelita.shared.i18n.Translations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table as people download it ({@link SpreadsheetFormat}): CSV in UTF-8 with a byte order mark and
 * {@code ;} between fields, decimals in the reader's language; or an Excel workbook with numbers as numbers and a
 * bold header row. Values that are not numbers are written as text (an 18-digit NIP stays whole).
 */
public final class SpreadsheetWriter {

	private SpreadsheetWriter() {
	}

	/**
	 * @param title the worksheet's name (cut to Excel's 31 characters)
	 * @param lines one list of values per line; {@code Number}s stay numbers
	 * @param widths the widths of the first columns in the workbook (in characters; 0 leaves one as it is)
	 */
	public static void write(String title, List<String> headers, List<? extends List<?>> lines,
			SpreadsheetFormat format, Locale locale, OutputStream out, int... widths) {
		try {
			if (format == SpreadsheetFormat.CSV) {
				csv(headers, lines, locale, out);
			}
			else {
				xlsx(title, headers, lines, out, widths);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void csv(List<String> headers, List<? extends List<?>> lines, Locale locale, OutputStream out)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get());
		printer.printRecord(headers);
		NumberFormat decimals = NumberFormat.getNumberInstance(Translations.supported(locale));
		decimals.setGroupingUsed(false);
		decimals.setMaximumFractionDigits(1);
		for (List<?> line : lines) {
			printer.printRecord(line.stream()
				.map(value -> value instanceof Double || value instanceof BigDecimal ? decimals.format(value)
						: value == null ? "" : String.valueOf(value))
				.toList());
		}
		printer.flush();
	}

	private static void xlsx(String title, List<String> headers, List<? extends List<?>> lines, OutputStream out,
			int[] widths) throws IOException {
		Workbook workbook = new Workbook(out, "Pelita LMS", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName(title));
		for (int column = 0; column < headers.size(); column++) {
			sheet.value(0, column, headers.get(column));
			sheet.style(0, column).bold().wrapText(true).set();
		}
		for (int row = 0; row < lines.size(); row++) {
			List<?> line = lines.get(row);
			for (int column = 0; column < line.size(); column++) {
				Object value = line.get(column);
				if (value instanceof Number number) {
					sheet.value(row + 1, column, number);
				}
				else {
					sheet.value(row + 1, column, value == null ? "" : String.valueOf(value));
				}
			}
		}
		for (int column = 0; column < widths.length; column++) {
			if (widths[column] > 0) {
				sheet.width(column, widths[column]);
			}
		}
		workbook.finish();
	}

	/** Excel allows 31 characters and none of {@code []:*?/\} in a sheet name. */
	static String sheetName(String title) {
		String cleaned = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		return cleaned.isEmpty() ? "Pelita" : cleaned.substring(0, Math.min(31, cleaned.length()));
	}

}
