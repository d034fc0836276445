package id.pelita.catalog.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import id.pelita.shared.time.IndonesianTime;

/** Compact dates for tables and cards, the Indonesian way: {@code 10–12 Maret 2027}, {@code 5 Mar 16.00 WIB}. */
final class CatalogFormats {

	private CatalogFormats() {
	}

	/** {@code Maret 2027}. */
	static String month(YearMonth month, Locale locale) {
		return month.getMonth().getDisplayName(TextStyle.FULL, language(locale)) + " " + month.getYear();
	}

	/** {@code 10–12 Maret 2027}, {@code 28 Februari – 2 Maret 2027}, or one day. */
	static String dates(LocalDate start, LocalDate end, Locale locale) {
		Locale language = language(locale);
		DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", language);
		if (start.equals(end)) {
			return start.format(full);
		}
		if (YearMonth.from(start).equals(YearMonth.from(end))) {
			return start.getDayOfMonth() + "–" + end.format(full);
		}
		String first = start.getYear() == end.getYear() ? start.format(DateTimeFormatter.ofPattern("d MMMM", language))
				: start.format(full);
		return first + " – " + end.format(full);
	}

	/** {@code 1 Mar 08.00 – 5 Mar 16.00 WIB}: a registration window in the user's zone. */
	static String window(Instant opens, Instant closes, ZoneId zone, Locale locale) {
		return moment(opens, zone, locale) + " – " + moment(closes, zone, locale) + " " + IndonesianTime.label(zone);
	}

	private static String moment(Instant instant, ZoneId zone, Locale locale) {
		boolean indonesian = isIndonesian(locale);
		return instant.atZone(zone)
			.format(DateTimeFormatter.ofPattern(indonesian ? "d MMM HH.mm" : "d MMM HH:mm", language(locale)));
	}

	private static Locale language(Locale locale) {
		return isIndonesian(locale) ? IndonesianTime.INDONESIAN : Locale.UK;
	}

	private static boolean isIndonesian(Locale locale) {
		return locale == null || "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
	}

}
