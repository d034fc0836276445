package id.pelita.liveclass.ui;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.MeetingState;
import id.pelita.liveclass.SessionStatus;
import id.pelita.shared.time.IndonesianTime;

/** Session times and states as the schedule pages show them, in the reader's zone and language. */
final class ScheduleFormats {

	private static final DateTimeFormatter ID_CLOCK = DateTimeFormatter.ofPattern("HH.mm");

	private static final DateTimeFormatter EN_CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private ScheduleFormats() {
	}

	/** {@code 09.00} (Indonesian) or {@code 09:00}, without the zone. */
	static String clock(Instant instant, ZoneId zone, Locale locale) {
		return instant.atZone(zone).format(indonesian(locale) ? ID_CLOCK : EN_CLOCK);
	}

	/** {@code 09.00–10.30 WIB}. */
	static String hours(LiveSession session, ZoneId zone, Locale locale) {
		return clock(session.startsAt(), zone, locale) + "–" + clock(session.endsAt(), zone, locale) + " "
				+ IndonesianTime.label(zone);
	}

	/** {@code Desember 2026}, month names from the translations. */
	static String month(Component component, YearMonth month) {
		return component.getTranslation("schedule.month." + month.getMonthValue()) + " " + month.getYear();
	}

	static String duration(Component component, int minutes) {
		return component.getTranslation("schedule.minutes", minutes);
	}

	static Span statusChip(Component component, SessionStatus status) {
		Span chip = new Span(component.getTranslation(status.labelKey()));
		chip.addClassNames("chip", "session-status-" + status.name().toLowerCase(Locale.ROOT));
		return chip;
	}

	static Span meetingChip(Component component, MeetingState state) {
		Span chip = new Span(component.getTranslation(state.labelKey()));
		chip.addClassNames("chip", "meeting-" + state.name().toLowerCase(Locale.ROOT));
		return chip;
	}

	private static boolean indonesian(Locale locale) {
		return locale == null || "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
	}

}
