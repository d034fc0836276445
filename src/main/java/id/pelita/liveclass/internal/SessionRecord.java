package id.pelita.liveclass.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import id.pelita.liveclass.MeetingChange;
import id.pelita.liveclass.MeetingState;
import id.pelita.liveclass.SessionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A live session as stored, with the state of the meeting at its provider. */
@Entity
@Table(name = "live_session")
public class SessionRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "run_id", nullable = false)
	private long runId;

	@Column(nullable = false)
	private String title;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "duration_minutes", nullable = false)
	private int durationMinutes;

	@Column(nullable = false)
	private String zone;

	/** The {@link id.pelita.liveclass.VideoMeetingProvider#id()} of its provider. */
	@Column(nullable = false)
	private String provider;

	@Column(name = "host_account_id")
	private @Nullable Long hostAccountId;

	private @Nullable String instructor;

	@Column(name = "recording_url")
	private @Nullable String recordingUrl;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionStatus status;

	@Column(name = "cancel_reason")
	private @Nullable String cancelReason;

	private int sequence;

	@Column(name = "room_name")
	private @Nullable String roomName;

	@Column(name = "meeting_id")
	private @Nullable String meetingId;

	@Column(name = "join_url")
	private @Nullable String joinUrl;

	@Enumerated(EnumType.STRING)
	@Column(name = "meeting_state", nullable = false)
	private MeetingState meetingState;

	@Column(name = "meeting_error")
	private @Nullable String meetingError;

	@Column(name = "meeting_retry_at")
	private @Nullable Instant meetingRetryAt;

	@Column(name = "meeting_attempts")
	private int meetingAttempts;

	@Column(name = "attendance_imported_at")
	private @Nullable Instant attendanceImportedAt;

	@Column(name = "created_by", nullable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected SessionRecord() {
	}

	/** A new session: its meeting is {@code PENDING} until its provider has answered ({@link #apply}). */
	public SessionRecord(long runId, String provider, long createdBy, Instant now) {
		this.runId = runId;
		this.provider = provider;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.status = SessionStatus.SCHEDULED;
		this.meetingState = MeetingState.PENDING;
	}

	public void schedule(Instant startsAt, int durationMinutes, ZoneId zone, Instant now) {
		this.startsAt = startsAt;
		this.durationMinutes = durationMinutes;
		this.zone = zone.getId();
		this.updatedAt = now;
	}

	public void describe(String title, @Nullable Long hostAccountId, @Nullable String instructor, Instant now) {
		this.title = title;
		this.hostAccountId = hostAccountId;
		this.instructor = instructor;
		this.updatedAt = now;
	}

	public void raiseSequence() {
		this.sequence++;
	}

	public void cancel(@Nullable String reason, Instant now) {
		this.status = SessionStatus.CANCELLED;
		this.cancelReason = reason;
		this.sequence++;
		this.updatedAt = now;
	}

	public void recording(@Nullable String url, Instant now) {
		this.recordingUrl = url;
		this.updatedAt = now;
	}

	/** Records what the provider answered to a change of the session. */
	public void apply(MeetingChange change, Instant now) {
		switch (change) {
			case MeetingChange.Ready ready -> {
				this.roomName = ready.roomName();
				meetingReady(ready.meetingId(), ready.joinUrl(), now);
			}
			case MeetingChange.Pending pending -> meetingPending(null, null, now);
			case MeetingChange.Failed failed -> meetingFailed(failed.reason(), now);
			case MeetingChange.Unchanged unchanged -> { }
		}
	}

	/** The provider's meeting was created or brought up to date. */
	public void meetingReady(@Nullable String meetingId, @Nullable String joinUrl, Instant now) {
		this.meetingId = meetingId;
		this.joinUrl = joinUrl;
		this.meetingState = MeetingState.READY;
		this.meetingError = null;
		this.meetingRetryAt = null;
		this.meetingAttempts = 0;
		this.updatedAt = now;
	}

	/**
	 * The provider must be told of a change (create, update or delete), now or at the retry time. Without an error
	 * (a new change by the organiser) the count of failed attempts starts again; with one (an outage) it goes up.
	 */
	public void meetingPending(@Nullable String error, @Nullable Instant retryAt, Instant now) {
		this.meetingState = MeetingState.PENDING;
		this.meetingError = error;
		this.meetingRetryAt = retryAt;
		if (error != null) {
			this.meetingAttempts++;
		}
		else {
			this.meetingAttempts = 0;
		}
		this.updatedAt = now;
	}

	/** The provider is rate limited until {@code retryAt}: still pending, and no failed attempt is counted. */
	public void meetingRateLimited(String reason, Instant retryAt, Instant now) {
		this.meetingState = MeetingState.PENDING;
		this.meetingError = reason;
		this.meetingRetryAt = retryAt;
		this.updatedAt = now;
	}

	/** The provider refused for good; its message is shown to the organiser. */
	public void meetingFailed(String error, Instant now) {
		this.meetingState = MeetingState.FAILED;
		this.meetingError = error;
		this.meetingRetryAt = null;
		this.updatedAt = now;
	}

	public void attendanceImported(Instant now) {
		this.attendanceImportedAt = now;
	}

	public Instant endsAt() {
		return this.startsAt.plus(Duration.ofMinutes(this.durationMinutes));
	}

	public Long getId() {
		return this.id;
	}

	public long getRunId() {
		return this.runId;
	}

	public String getTitle() {
		return this.title;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public int getDurationMinutes() {
		return this.durationMinutes;
	}

	public ZoneId getZone() {
		return ZoneId.of(this.zone);
	}

	public String getProvider() {
		return this.provider;
	}

	public @Nullable Long getHostAccountId() {
		return this.hostAccountId;
	}

	public @Nullable String getInstructor() {
		return this.instructor;
	}

	public @Nullable String getRecordingUrl() {
		return this.recordingUrl;
	}

	public SessionStatus getStatus() {
		return this.status;
	}

	public @Nullable String getCancelReason() {
		return this.cancelReason;
	}

	public int getSequence() {
		return this.sequence;
	}

	public @Nullable String getRoomName() {
		return this.roomName;
	}

	public @Nullable String getMeetingId() {
		return this.meetingId;
	}

	public @Nullable String getJoinUrl() {
		return this.joinUrl;
	}

	public MeetingState getMeetingState() {
		return this.meetingState;
	}

	public @Nullable String getMeetingError() {
		return this.meetingError;
	}

	public @Nullable Instant getMeetingRetryAt() {
		return this.meetingRetryAt;
	}

	public int getMeetingAttempts() {
		return this.meetingAttempts;
	}

	public @Nullable Instant getAttendanceImportedAt() {
		return this.attendanceImportedAt;
	}

	public long getCreatedBy() {
		return this.createdBy;
	}

}
