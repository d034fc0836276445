package id.pelita.liveclass.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.PersonAttendance;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.ui.UserContext;
import org.jspecify.annotations.Nullable;

/** How the live class pages write times, percentages and sources, in the reader's zone and language. */
final class SessionFormats {

	static final String SESSION_ROUTE = "sesi/";

	private SessionFormats() {
	}

	/** {@code Kamis, 3 November 2022, 09.00 WIB – 10.30 WIB} */
	static String when(Component reader, LiveSession session) {
		ZoneId zone = UserContext.zone();
		Locale locale = UserContext.locale();
		return reader.getTranslation("sessionPage.when", IndonesianTime.date(session.startsAt(), zone, locale),
				IndonesianTime.time(session.startsAt(), zone, locale), IndonesianTime.time(session.endsAt(), zone, locale));
	}

	/** {@code 09.00 WIB} */
	static String time(Instant instant) {
		return IndonesianTime.time(instant, UserContext.zone(), UserContext.locale());
	}

	static String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : IndonesianTime.dateTime(instant, UserContext.zone(), UserContext.locale());
	}

	/** {@code 03/11 09.00} in a table. */
	static String shortTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		ZoneId zone = UserContext.zone();
		Locale locale = UserContext.locale();
		return IndonesianTime.shortDate(instant.atZone(zone), locale) + " "
				+ IndonesianTime.time(instant, zone, locale);
	}

	/** {@code 75 %} or {@code 79,9 %}, in the reader's decimals. */
	static String percent(double percent) {
		NumberFormat format = NumberFormat.getNumberInstance(UserContext.locale());
		format.setMaximumFractionDigits(1);
		return format.format(percent) + " %";
	}

	static String sources(Component reader, PersonAttendance attendance) {
		return attendance.sourcesInOrder()
			.stream()
			.map(source -> reader.getTranslation(source.labelKey()))
			.collect(Collectors.joining(", "));
	}

	static Span chip(String text) {
		Span chip = new Span(text);
		chip.addClassName("chip");
		return chip;
	}

}
