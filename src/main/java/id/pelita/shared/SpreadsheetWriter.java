package id.pelita.shared;

import java.io.ByteArrayOutputStream;
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
 * Writes a table (a header row, then rows) as a {@link SpreadsheetFormat}: CSV in UTF-8 with a byte order mark and
 * {@code ;} between fields, decimals in the reader's language (what Excel with Indonesian settings opens in
 * columns), or an Excel workbook with numbers as numbers and a bold header. Text stays text, so an 18-digit NIP
 * keeps its digits.
 */
public final class SpreadsheetWriter {

	private SpreadsheetWriter() {
	}

	/**
	 * @param title the workbook's sheet name (cut to Excel's 31 characters, forbidden characters replaced)
	 * @param rows cells are {@link Number}s (numbers in both formats) or anything else (written as its text);
	 * {@code null} is an empty cell
	 */
	public static byte[] write(SpreadsheetFormat format, String title, List<String> headers,
			List<? extends List<?>> rows, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(format, title, headers, rows, locale, out);
		return out.toByteArray();
	}

	public static void write(SpreadsheetFormat format, String title, List<String> headers,
			List<? extends List<?>> rows, Locale locale, OutputStream out) {
		try {
			if (format == SpreadsheetFormat.CSV) {
				csv(headers, rows, locale, out);
			}
			else {
				xlsx(title, headers, rows, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void csv(List<String> headers, List<? extends List<?>> rows, Locale locale, OutputStream out)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get());
		printer.printRecord(headers);
		NumberFormat decimals = NumberFormat.getNumberInstance(Translations.supported(locale));
		decimals.setGroupingUsed(false);
		decimals.setMaximumFractionDigits(2);
		for (List<?> row : rows) {
			printer.printRecord(row.stream().map(value -> {
				if (value == null) {
					return "";
				}
				if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
					return decimals.format(value);
				}
				return String.valueOf(value);
			}).toList());
		}
		printer.flush();
	}

	private static void xlsx(String title, List<String> headers, List<? extends List<?>> rows, OutputStream out)
			throws IOException {
		Workbook workbook = new Workbook(out, "Pelita LMS", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName(title));
		for (int column = 0; column < headers.size(); column++) {
			sheet.value(0, column, headers.get(column));
			sheet.style(0, column).bold().wrapText(true).set();
		}
		for (int row = 0; row < rows.size(); row++) {
			List<?> line = rows.get(row);
			for (int column = 0; column < line.size(); column++) {
				Object value = line.get(column);
				if (value instanceof Number number) {
					sheet.value(row + 1, column, number);
				}
				else if (value != null) {
					sheet.value(row + 1, column, String.valueOf(value));
				}
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
