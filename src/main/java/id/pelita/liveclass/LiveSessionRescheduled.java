package id.pelita.liveclass;

import java.time.Instant;

/** A session moved (start and/or duration): same UID, higher SEQUENCE; reminders follow the new start. */
public record LiveSessionRescheduled(long sessionId, long runId, Instant previousStartsAt, Instant startsAt,
		Instant endsAt, int sequence) {
}
