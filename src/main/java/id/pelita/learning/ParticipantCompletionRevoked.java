package id.pelita.learning;

import java.time.Instant;

/** An organiser revoked a participant's completion of a run, with a reason; the certificate follows it. */
public record ParticipantCompletionRevoked(long runId, long accountId, String reason, Instant revokedAt) {
}
