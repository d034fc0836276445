package id.pelita.shared.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates and times as Indonesian users read them: {@code Kamis, 3 November 2022}, {@code 09.00 WIB}. Instants are
 * stored in UTC and shown in each user's zone with its label (WIB, WITA, WIT).
 */
public final class IndonesianTime {

	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

	public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

	public static final List<ZoneId> ZONES = List.of(WIB, WITA, WIT);

	public static final ZoneId DEFAULT_ZONE = WIB;

	public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

	private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);

	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("HH.mm", INDONESIAN);

	private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private IndonesianTime() {
	}

	/** The label users know a zone by: WIB, WITA or WIT; other zones show their offset. */
	public static String label(ZoneId zone) {
		return switch (zone.getId()) {
			case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
			case "Asia/Makassar" -> "WITA";
			case "Asia/Jayapura" -> "WIT";
			default -> "UTC" + zone.getRules().getOffset(Instant.now()).getId().replace("Z", "");
		};
	}

	public static String date(Instant instant, ZoneId zone, Locale locale) {
		return instant.atZone(zone).format(isIndonesian(locale) ? ID_DATE : EN_DATE);
	}

	/** The time of day with its zone label: {@code 09.00 WIB}. */
	public static String time(Instant instant, ZoneId zone, Locale locale) {
		return instant.atZone(zone).format(isIndonesian(locale) ? ID_TIME : EN_TIME) + " " + label(zone);
	}

	/** Date and time together: {@code Kamis, 3 November 2022 09.00 WIB}. */
	public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
		return date(instant, zone, locale) + " " + time(instant, zone, locale);
	}

	/** A compact date for tables: {@code 03/11/2022}. */
	public static String shortDate(ZonedDateTime dateTime, Locale locale) {
		return dateTime.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale));
	}

	private static boolean isIndonesian(Locale locale) {
		return locale == null || "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage());
	}

}
