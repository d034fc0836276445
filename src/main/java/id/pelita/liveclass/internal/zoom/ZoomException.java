package id.pelita.liveclass.internal.zoom;

import java.time.Instant;

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

	/** HTTP 429: nothing more before {@code retryAt}; {@code dailyLimit} when a daily quota is used up. */
	public static final class RateLimited extends ZoomException {

		private final Instant retryAt;

		private final boolean dailyLimit;

		RateLimited(String message, Instant retryAt, boolean dailyLimit) {
			super(message);
			this.retryAt = retryAt;
			this.dailyLimit = dailyLimit;
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
