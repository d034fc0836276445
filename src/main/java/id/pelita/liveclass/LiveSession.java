package id.pelita.liveclass;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A live session as pages and other modules see it.
 *
 * @param zone the zone the organiser scheduled it in; pages show times in the reader's own zone
 * @param provider the id of its {@link VideoMeetingProvider} ({@code JITSI}, {@code ZOOM}, ...)
 * @param sequence the iCalendar SEQUENCE: raised on every move and on cancellation, the UID never changes
 * @param joinUrl the provider's join address (Jitsi room URL without token, Zoom join_url); {@code null} while a
 * Zoom meeting is pending
 */
public record LiveSession(long id, long runId, String runName, String courseTitle, String title, Instant startsAt,
		int durationMinutes, ZoneId zone, String provider, @Nullable Long hostAccountId,
		@Nullable String instructor, @Nullable String recordingUrl, SessionStatus status,
		@Nullable String cancelReason, int sequence, MeetingState meetingState, @Nullable String meetingError,
		@Nullable Instant meetingRetryAt, @Nullable String joinUrl) {

	/** Join opens this long before the start. */
	public static final Duration JOIN_OPENS_BEFORE = Duration.ofMinutes(15);

	/**
	 * This session with the time, status and SEQUENCE a change gave it, e.g. for a message about that change
	 * written after later changes; its other facts stay as they are now.
	 */
	public LiveSession asOf(Instant startsAt, Instant endsAt, SessionStatus status, @Nullable String cancelReason,
			int sequence) {
		int minutes = (int) Duration.between(startsAt, endsAt).toMinutes();
		return new LiveSession(this.id, this.runId, this.runName, this.courseTitle, this.title, startsAt, minutes,
				this.zone, this.provider, this.hostAccountId, this.instructor, this.recordingUrl, status, cancelReason,
				sequence, this.meetingState, this.meetingError, this.meetingRetryAt, this.joinUrl);
	}

	public Instant endsAt() {
		return this.startsAt.plus(Duration.ofMinutes(this.durationMinutes));
	}

	public Instant joinOpensAt() {
		return this.startsAt.minus(JOIN_OPENS_BEFORE);
	}

	/** Whether Join is open at this instant: from 15 minutes before the start until the end. */
	public boolean joinOpenAt(Instant now) {
		return this.status == SessionStatus.SCHEDULED && !now.isBefore(joinOpensAt()) && now.isBefore(endsAt());
	}

	/** The translation key of its provider's name. */
	public String providerLabelKey() {
		return VideoMeetingProvider.labelKey(this.provider);
	}

	public boolean cancelled() {
		return this.status == SessionStatus.CANCELLED;
	}

}
