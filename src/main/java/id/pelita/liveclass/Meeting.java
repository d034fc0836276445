package id.pelita.liveclass;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A session's meeting as its {@link VideoMeetingProvider} sees it: the session's facts and what the provider keeps
 * of its meeting (room, meeting id, join address, state).
 */
public record Meeting(long sessionId, long runId, String title, @Nullable String instructor, Instant startsAt,
		int durationMinutes, ZoneId zone, boolean cancelled, @Nullable String roomName, @Nullable String meetingId,
		@Nullable String joinUrl, MeetingState state) {

	public Instant endsAt() {
		return this.startsAt.plus(Duration.ofMinutes(this.durationMinutes));
	}

	public Instant joinOpensAt() {
		return this.startsAt.minus(LiveSession.JOIN_OPENS_BEFORE);
	}

}
