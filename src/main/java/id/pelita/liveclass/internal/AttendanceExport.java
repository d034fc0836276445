package id.pelita.liveclass.internal;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.pelita.liveclass.AttendanceRow;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.PersonAttendance;
import id.pelita.liveclass.RunAttendance;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.SpreadsheetWriter;
import id.pelita.shared.SpreadsheetWriter.Column;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Writes attendance lists as CSV (decimals in the reader's language) or as an Excel workbook (numbers as numbers)
 * through the shared {@link SpreadsheetWriter}. Headers in the reader's language; the NIP is always text, so that
 * spreadsheets keep its 18 digits.
 */
@Component
public class AttendanceExport {

	private static final List<String> SESSION_HEADERS = List.of("attendance.export.number",
			"attendance.export.nip", "attendance.export.name", "attendance.export.agency",
			"attendance.export.confirmed", "attendance.export.minutes", "attendance.export.percent",
			"attendance.export.firstJoin", "attendance.export.lastLeave", "attendance.export.sources");

	private final Translations translations;

	AttendanceExport(Translations translations) {
		this.translations = translations;
	}

	/** One session: a line per person. */
	public void session(LiveSession session, List<AttendanceRow> rows, SpreadsheetFormat format, Locale locale,
			ZoneId zone, OutputStream out) {
		List<String> headers = SESSION_HEADERS.stream().map(key -> text(key, locale)).toList();
		List<List<Object>> lines = new ArrayList<>();
		int number = 1;
		for (AttendanceRow row : rows) {
			PersonAttendance attendance = row.attendance();
			List<Object> line = new ArrayList<>();
			line.add(number++);
			line.add(blank(row.nip()));
			line.add(row.fullName());
			line.add(blank(row.agencyName()));
			line.add(text(row.confirmed() ? "attendance.export.yes" : "attendance.export.no", locale));
			line.add(attendance.minutes());
			line.add(attendance.percent());
			line.add(time(attendance.firstJoin(), zone, locale));
			line.add(time(attendance.lastLeave(), zone, locale));
			line.add(attendance.sourcesInOrder()
				.stream()
				.map(source -> text(source.labelKey(), locale))
				.collect(Collectors.joining(", ")));
			lines.add(line);
		}
		write(session.title(), headers, lines, format, locale, out);
	}

	/** A run: a line per person, a column per session, then the person's total and overall percentage. */
	public void run(RunAttendance run, SpreadsheetFormat format, Locale locale, ZoneId zone, OutputStream out) {
		List<String> headers = new ArrayList<>();
		for (String key : List.of("attendance.export.number", "attendance.export.nip", "attendance.export.name",
				"attendance.export.agency", "attendance.export.confirmed")) {
			headers.add(text(key, locale));
		}
		for (LiveSession session : run.sessions()) {
			headers.add(text("attendance.export.sessionColumn", locale,
					IndonesianTime.shortDate(session.startsAt().atZone(zone), locale) + " "
							+ IndonesianTime.time(session.startsAt(), zone, locale),
					session.title()));
		}
		headers.add(text("attendance.export.totalMinutes", locale));
		headers.add(text("attendance.export.overallPercent", locale));
		List<List<Object>> lines = new ArrayList<>();
		int number = 1;
		for (RunAttendance.Row row : run.rows()) {
			List<Object> line = new ArrayList<>();
			line.add(number++);
			line.add(blank(row.nip()));
			line.add(row.fullName());
			line.add(blank(row.agencyName()));
			line.add(text(row.confirmed() ? "attendance.export.yes" : "attendance.export.no", locale));
			for (LiveSession session : run.sessions()) {
				line.add(row.in(session.id()).percent());
			}
			line.add(row.attended().toMinutes());
			line.add(row.overallPercent());
			lines.add(line);
		}
		write(run.courseTitle() + " " + run.runName(), headers, lines, format, locale, out);
	}

	private static void write(String title, List<String> headers, List<List<Object>> lines,
			SpreadsheetFormat format, Locale locale, OutputStream out) {
		List<Column> columns = new ArrayList<>();
		for (int column = 0; column < headers.size(); column++) {
			String header = headers.get(column);
			columns.add(switch (column) {
				case 1 -> Column.text(header, 22);
				case 2 -> Column.of(header, 32);
				case 3 -> Column.of(header, 36);
				default -> Column.of(header);
			});
		}
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, locale)) {
			writer.sheet(title.isBlank() ? "Kehadiran" : title, columns, 0);
			lines.forEach(writer::row);
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.translations.translate(key, locale, arguments);
	}

	private static String time(@Nullable Instant instant, ZoneId zone, Locale locale) {
		return instant == null ? "" : IndonesianTime.dateTime(instant, zone, locale);
	}

	private static String blank(@Nullable String text) {
		return text == null ? "" : text;
	}

}
