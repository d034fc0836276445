package id.pelita.liveclass;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A session was cancelled: participants get an iCalendar CANCEL (same UID, higher SEQUENCE) and no reminder. */
public record LiveSessionCancelled(long sessionId, long runId, Instant startsAt, int sequence,
		@Nullable String reason) {
}
