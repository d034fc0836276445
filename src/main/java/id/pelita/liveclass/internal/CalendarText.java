package id.pelita.liveclass.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pelita.shared.time.IndonesianTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.jspecify.annotations.Nullable;

/**
 * The parts of iCalendar text (RFC 5545) that ical4j does not do the way Pelita needs: folding by octets, short
 * {@code VTIMEZONE}s for Indonesia's zones, {@code mailto:} addresses and parameter values.
 */
public final class CalendarText {

	public static final int MAX_LINE_OCTETS = 75;

	private static final String CRLF = "\r\n";

	private static final Pattern ADDRESS_IN_BRACKETS = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>");

	private static final Instant EPOCH = Instant.EPOCH;

	private CalendarText() {
	}

	/** A {@code VTIMEZONE} for each zone used (each once, in order), before the events that use it. */
	public static void addTimeZones(Calendar calendar, Collection<ZoneId> used) {
		for (ZoneId zone : new LinkedHashSet<>(used)) {
			calendar.add((CalendarComponent) timeZone(zone));
		}
	}

	/**
	 * Indonesia's zones have not changed their offset since 1964 and have no daylight saving time: one
	 * {@code STANDARD} block from 1970 describes them fully. Any other zone gets ical4j's full definition.
	 */
	public static VTimeZone timeZone(ZoneId zone) {
		if (zone.getRules().nextTransition(EPOCH) != null) {
			return TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId()).getVTimeZone();
		}
		ZoneOffset offset = zone.getRules().getOffset(EPOCH);
		Standard standard = new Standard();
		standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
		standard.add(new TzOffsetFrom(offset));
		standard.add(new TzOffsetTo(offset));
		standard.add(new TzName(IndonesianTime.label(zone)));
		VTimeZone timeZone = new VTimeZone();
		timeZone.add(new TzId(zone.getId()));
		timeZone.add(standard);
		return timeZone;
	}

	/**
	 * Folds content lines longer than 75 octets (RFC 5545 section 3.1): CRLF and one space before the rest, which
	 * then counts towards the next 75. Characters are kept whole, so no UTF-8 sequence is split.
	 */
	public static String fold(String unfolded) {
		StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 25);
		for (String line : unfolded.split(CRLF)) {
			int octets = 0;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = utf8Length(codePoint);
				if (octets + size > MAX_LINE_OCTETS) {
					folded.append(CRLF).append(' ');
					octets = 1;
				}
				folded.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			folded.append(CRLF);
		}
		return folded.toString();
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return codePoint < 0x10000 ? 3 : 4;
	}

	public static URI mailto(String email) {
		try {
			return new URI("mailto", email.strip(), null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("Not an e-mail address: " + email, ex);
		}
	}

	/** Parameter values cannot hold double quotes or line breaks (RFC 5545 section 3.2). */
	public static String parameterText(String text) {
		return text.replace('"', '\'').replaceAll("[\\r\\n\\p{Cntrl}]+", " ").strip();
	}

	/** The address of {@code no-reply@example.go.id} or {@code Pelita LMS <no-reply@example.go.id>}. */
	public static Optional<String> emailAddress(@Nullable String setting) {
		if (setting == null || setting.isBlank()) {
			return Optional.empty();
		}
		Matcher bracketed = ADDRESS_IN_BRACKETS.matcher(setting);
		if (bracketed.find()) {
			return Optional.of(bracketed.group(1));
		}
		String plain = setting.strip();
		return plain.contains("@") && !plain.contains(" ") ? Optional.of(plain) : Optional.empty();
	}

}
