package id.pelita.liveclass;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import id.pelita.liveclass.internal.SessionRecord;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

/** What an organiser's input must be for a session, and when a session may still change; each refusal says why. */
final class SessionChecks {

	static final int MAX_TITLE = 200;

	static final int MIN_DURATION = 15;

	static final int MAX_DURATION = 600;

	static final int MAX_REASON = 500;

	private SessionChecks() {
	}

	/** Neither cancelled nor over. */
	static void requireChangeable(SessionRecord session, Instant now) {
		if (session.getStatus() == SessionStatus.CANCELLED) {
			throw new UserFacingException("liveclass.error.cancelled");
		}
		if (!session.endsAt().isAfter(now)) {
			throw new UserFacingException("liveclass.error.over");
		}
	}

	static String title(@Nullable String title) {
		String trimmed = title == null ? "" : title.strip();
		if (trimmed.isEmpty()) {
			throw new UserFacingException("liveclass.error.titleRequired");
		}
		if (trimmed.length() > MAX_TITLE) {
			throw new UserFacingException("liveclass.error.titleTooLong", MAX_TITLE);
		}
		return trimmed;
	}

	/** The start as an instant (whole seconds): in an Indonesian zone, in the future, with a duration that fits. */
	static Instant start(@Nullable LocalDate date, @Nullable LocalTime time, @Nullable ZoneId zone,
			int durationMinutes, Instant now) {
		if (date == null || time == null) {
			throw new UserFacingException("liveclass.error.startRequired");
		}
		if (zone == null || !IndonesianTime.ZONES.contains(zone)) {
			throw new UserFacingException("liveclass.error.zone");
		}
		if (durationMinutes < MIN_DURATION || durationMinutes > MAX_DURATION) {
			throw new UserFacingException("liveclass.error.duration", MIN_DURATION, MAX_DURATION);
		}
		Instant start = date.atTime(time).atZone(zone).toInstant().truncatedTo(ChronoUnit.SECONDS);
		if (!start.isAfter(now)) {
			throw new UserFacingException("liveclass.error.startPast");
		}
		return start;
	}

	/** A recording link: blank for none, else an http(s) address. */
	static @Nullable String recordingUrl(@Nullable String url) {
		String link = blankToNull(url);
		if (link != null && !isWebAddress(link)) {
			throw new UserFacingException("liveclass.error.recordingUrl");
		}
		return link;
	}

	static @Nullable String cancelReason(@Nullable String reason) {
		String why = blankToNull(reason);
		if (why != null && why.length() > MAX_REASON) {
			throw new UserFacingException("liveclass.error.reasonTooLong", MAX_REASON);
		}
		return why;
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = URI.create(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
