package id.pelita.certificate.internal;

import java.time.Clock;
import java.time.Instant;

import id.pelita.certificate.CertificateRevoked;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Revokes certificates (organiser's decision or a revoked completion), audited, and publishes the revocation. */
@Component
public class CertificateRevocations {

	private final CertificateStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CertificateAudit audit;

	CertificateRevocations(CertificateStore store, ApplicationEventPublisher events, Clock clock,
			CertificateAudit audit) {
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Revokes a valid certificate; false when it was not valid (already revoked or superseded). */
	@Transactional
	public boolean revoke(long certificateId, String reason, @Nullable Long actorId) {
		CertificateRow row = this.store.find(certificateId).orElse(null);
		Instant now = this.clock.instant();
		if (row == null || !this.store.markRevoked(certificateId, reason, now)) {
			return false;
		}
		this.audit.revoked(row, reason);
		this.store.requestDone(row.runId(), row.accountId(), "REVOKED", now);
		this.events.publishEvent(new CertificateRevoked(certificateId, row.runId(), row.accountId(), reason, now));
		return true;
	}

	/**
	 * A completion was revoked: its certificate (if issued, also one still being prepared) is revoked, a pending
	 * request is withdrawn.
	 */
	@Transactional
	public void completionRevoked(long runId, long accountId, String reason) {
		this.store.lockRequest(runId, accountId);
		this.store.current(runId, accountId).forEach(row -> revoke(row.id(), reason, null));
		this.store.requestDone(runId, accountId, "REVOKED", this.clock.instant());
	}

}
