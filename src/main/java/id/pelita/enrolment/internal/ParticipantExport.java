package id.pelita.enrolment.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import id.pelita.shared.SpreadsheetFormat;
import id.pelita.enrolment.Participant;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.time.IndonesianTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Component;

/**
 * Writes a run's participant list as CSV (UTF-8 with a byte order mark, {@code ;} between fields, so that Excel
 * with Indonesian regional settings opens it in columns) or as an Excel workbook. Headers and statuses are in the
 * reader's language; the NIP is always text, so that spreadsheets keep its 18 digits.
 */
@Component
public class ParticipantExport {

	private static final List<String> HEADERS = List.of("participants.export.number", "participants.export.nip", "participants.export.name",
			"participants.export.agency", "participants.export.status", "participants.export.waitlistPosition", "participants.export.source", "participants.export.enrolledAt",
			"participants.export.reason");

	private final Translations translations;

	ParticipantExport(Translations translations) {
		this.translations = translations;
	}

	public void write(String title, List<Participant> participants, SpreadsheetFormat format, Locale locale, ZoneId zone,
			OutputStream out) {
		try {
			if (format == SpreadsheetFormat.CSV) {
				csv(participants, locale, zone, out);
			}
			else {
				xlsx(title, participants, locale, zone, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void csv(List<Participant> participants, Locale locale, ZoneId zone, OutputStream out)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVFormat format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
		CSVPrinter printer = new CSVPrinter(writer, format);
		printer.printRecord(HEADERS.stream().map(key -> this.translations.translate(key, locale)).toList());
		int number = 1;
		for (Participant participant : participants) {
			printer.printRecord(row(number++, participant, locale, zone));
		}
		printer.flush();
	}

	private void xlsx(String title, List<Participant> participants, Locale locale, ZoneId zone, OutputStream out)
			throws IOException {
		Workbook workbook = new Workbook(out, "Pelita LMS", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName(title));
		for (int column = 0; column < HEADERS.size(); column++) {
			sheet.value(0, column, this.translations.translate(HEADERS.get(column), locale));
			sheet.style(0, column).bold().set();
		}
		int row = 1;
		for (Participant participant : participants) {
			List<String> values = row(row, participant, locale, zone);
			sheet.value(row, 0, row);
			for (int column = 1; column < values.size(); column++) {
				if (column == 5 && participant.waitlistPosition() != null) {
					sheet.value(row, column, participant.waitlistPosition());
				}
				else {
					sheet.value(row, column, values.get(column));
				}
			}
			row++;
		}
		sheet.width(1, 22);
		sheet.width(2, 32);
		sheet.width(3, 40);
		sheet.width(4, 22);
		sheet.width(7, 22);
		workbook.finish();
	}

	private List<String> row(int number, Participant participant, Locale locale, ZoneId zone) {
		return List.of(String.valueOf(number), participant.nip() == null ? "" : participant.nip(),
				participant.fullName(), participant.agencyName() == null ? "" : participant.agencyName(),
				this.translations.translate(participant.status().labelKey(), locale),
				participant.waitlistPosition() == null ? "" : String.valueOf(participant.waitlistPosition()),
				this.translations.translate(participant.source().labelKey(), locale),
				IndonesianTime.dateTime(participant.enrolledAt(), zone, locale),
				participant.reason() == null ? "" : participant.reason());
	}

	/** Excel allows 31 characters and none of {@code []:*?/\} in a sheet name. */
	private static String sheetName(String title) {
		String cleaned = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		return cleaned.isEmpty() ? "Peserta" : cleaned.substring(0, Math.min(31, cleaned.length()));
	}

}
