package id.pelita.liveclass.internal.zoom;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A call to Zoom that did not succeed, classified by what the caller should do about it: wait until a given
 * instant ({@link RateLimited}), try again later with backoff ({@link Unavailable}), or give up and show Zoom's
 * message ({@link Refused}). Messages never contain credentials or tokens.
 */
public abstract sealed class ZoomException extends RuntimeException {

	ZoomException(String message) {
		super(message);
	}

	ZoomException(String message, Throwable cause) {
		super(message, cause);
	}

	/** What went wrong, for a person: Zoom's message, after the HTTP status and Zoom's code when it refused. */
	public String describe() {
		String message = getMessage() == null ? getClass().getSimpleName() : getMessage();
		return this instanceof Refused refused ? "HTTP " + refused.status()
				+ (refused.code() == null ? "" : " (" + refused.code() + ")") + ": " + message : message;
	}

	/** HTTP 429: nothing more before {@code retryAt}; {@code dailyLimit} when a daily quota is used up. */
	public static final class RateLimited extends ZoomException {

		/** Wait after a 429 that names no time and is no daily limit (a per-second limit). */
		static final Duration SHORT_WAIT = Duration.ofMinutes(1);

		private final Instant retryAt;

		private final boolean dailyLimit;

		RateLimited(String message, Instant retryAt, boolean dailyLimit) {
			super(message);
			this.retryAt = retryAt;
			this.dailyLimit = dailyLimit;
		}

		/**
		 * A 429 as Zoom sends it. {@code Retry-After} is an ISO instant (seconds are accepted too). Without it, a
		 * daily limit ({@code X-RateLimit-Type: Daily-limit}, or no rate-limit headers at all on a meeting create or
		 * update: the per-host limit of 100 a day) lasts until the next 00:00 UTC; anything else is a per-second
		 * limit, tried again a minute later.
		 */
		static RateLimited of(Headers headers, boolean meetingWrite, @Nullable String zoomMessage, Instant now) {
			String type = headers.get("X-RateLimit-Type");
			boolean daily = "Daily-limit".equalsIgnoreCase(type)
					|| (type == null && headers.get("X-RateLimit-Category") == null && meetingWrite);
			Instant retryAt = retryAfter(headers.get("Retry-After"), now);
			if (retryAt == null) {
				retryAt = daily ? nextUtcMidnight(now) : now.plus(SHORT_WAIT);
			}
			String message = zoomMessage != null ? zoomMessage
					: daily ? "Zoom's daily limit is reached" : "Zoom's rate limit is reached";
			return new RateLimited(message, retryAt, daily);
		}

		static @Nullable Instant retryAfter(@Nullable String value, Instant now) {
			if (value == null || value.isBlank()) {
				return null;
			}
			String trimmed = value.strip();
			try {
				if (trimmed.chars().allMatch(Character::isDigit)) {
					return now.plusSeconds(Long.parseLong(trimmed));
				}
				return OffsetDateTime.parse(trimmed).toInstant();
			}
			catch (DateTimeParseException | NumberFormatException ex) {
				return null;
			}
		}

		static Instant nextUtcMidnight(Instant now) {
			return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		}

		public Instant retryAt() {
			return this.retryAt;
		}

		public boolean dailyLimit() {
			return this.dailyLimit;
		}

	}

	/** Zoom could not be reached, did not answer in time, or failed on its side (5xx): worth another try. */
	public static final class Unavailable extends ZoomException {

		Unavailable(String message) {
			super(message);
		}

		Unavailable(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** Zoom refused the request for good (4xx): its own message, for the organiser. */
	public static final class Refused extends ZoomException {

		private final int status;

		private final @Nullable Integer code;

		Refused(int status, @Nullable Integer code, String message) {
			super(message);
			this.status = status;
			this.code = code;
		}

		public int status() {
			return this.status;
		}

		/** Zoom's own error code ({@code 3001} meeting not found, {@code 300} invalid field, ...), if it gave one. */
		public @Nullable Integer code() {
			return this.code;
		}

		/** The meeting (or user) is not there (any more): HTTP 404 or Zoom's code 3001. */
		public boolean notFound() {
			return this.status == 404 || Integer.valueOf(ZoomClient.MEETING_NOT_FOUND).equals(this.code);
		}

	}

}
