package id.pelita.certificate.internal;

import id.pelita.learning.ParticipantCompleted;
import id.pelita.learning.ParticipantCompletionRevoked;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Component;

/**
 * Issues the certificate as soon as a completion is committed, and revokes it when the completion is revoked.
 * Both are idempotent: a repeated event finds the request issued (or revoked) and changes nothing.
 */
@Component
class CompletionListener {

	private final CertificateIssuer issuer;

	private final CertificateRevocations revocations;

	CompletionListener(CertificateIssuer issuer, CertificateRevocations revocations) {
		this.issuer = issuer;
		this.revocations = revocations;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ParticipantCompleted completed) {
		this.issuer.completed(completed.runId(), completed.accountId(), completed.completedAt());
	}

	@ApplicationModuleListener
	void on(ParticipantCompletionRevoked revoked) {
		this.revocations.completionRevoked(revoked.runId(), revoked.accountId(), revoked.reason());
	}

}
