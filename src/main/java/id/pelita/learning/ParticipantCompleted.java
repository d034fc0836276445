package id.pelita.learning;

import java.time.Instant;

/**
 * A participant met the run's completion rule (or an organiser marked them complete). Published once per
 * participant and run; after a revocation a new completion publishes it again.
 */
public record ParticipantCompleted(long runId, long accountId, Instant completedAt) {
}
