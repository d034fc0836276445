package id.pelita.liveclass;

import java.time.Instant;

/** An organiser scheduled a session; enrolled participants are to be invited (iCalendar REQUEST, SEQUENCE 0). */
public record LiveSessionScheduled(long sessionId, long runId, Instant startsAt, Instant endsAt, int sequence) {
}
