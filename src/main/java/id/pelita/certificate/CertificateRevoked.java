package id.pelita.certificate;

import java.time.Instant;

/** A certificate was revoked with a reason (by an organiser, or because its completion was revoked). */
public record CertificateRevoked(long certificateId, long runId, long accountId, String reason, Instant revokedAt) {
}
