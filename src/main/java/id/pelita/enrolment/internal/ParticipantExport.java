package id.pelita.enrolment.internal;

import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import id.pelita.enrolment.Participant;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.SpreadsheetWriter;
import id.pelita.shared.SpreadsheetWriter.Column;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.time.IndonesianTime;

import org.springframework.stereotype.Component;

/**
 * Writes a run's participant list as CSV or as an Excel workbook through the shared {@link SpreadsheetWriter}
 * (so names cannot become formulas). Headers and statuses are in the reader's language; the NIP is text, so that
 * spreadsheets keep its 18 digits.
 */
@Component
public class ParticipantExport {

	private final Translations translations;

	ParticipantExport(Translations translations) {
		this.translations = translations;
	}

	public void write(String title, List<Participant> participants, SpreadsheetFormat format, Locale locale, ZoneId zone,
			OutputStream out) {
		List<Column> columns = List.of(Column.of(text("participants.export.number", locale)),
				Column.text(text("participants.export.nip", locale), 22),
				Column.of(text("participants.export.name", locale), 32),
				Column.of(text("participants.export.agency", locale), 40),
				Column.of(text("participants.export.status", locale), 22),
				Column.of(text("participants.export.waitlistPosition", locale)),
				Column.of(text("participants.export.source", locale)),
				Column.of(text("participants.export.enrolledAt", locale), 22),
				Column.of(text("participants.export.reason", locale)));
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, locale)) {
			writer.sheet(title.isBlank() ? "Peserta" : title, columns, 0);
			int number = 1;
			for (Participant participant : participants) {
				writer.row(number++, participant.nip(), participant.fullName(), participant.agencyName(),
						text(participant.status().labelKey(), locale), participant.waitlistPosition(),
						text(participant.source().labelKey(), locale),
						IndonesianTime.dateTime(participant.enrolledAt(), zone, locale), participant.reason());
			}
		}
	}

	private String text(String key, Locale locale) {
		return this.translations.translate(key, locale);
	}

}
