package id.pelita.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import id.pelita.certificate.CertificateIssued;
import id.pelita.certificate.CertificateRevoked;
import id.pelita.reporting.JpEntry;
import id.pelita.reporting.JpEntry.VoidReason;
import id.pelita.shared.time.IndonesianTime;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Credits a certificate's JP to its holder's year when it is issued, and takes it back when it is revoked. After the
 * certificate's transaction commits, each in its own transaction, retried from the event publication registry.
 *
 * <p>Every step is idempotent and order-proof, since an event may come twice or late (a retry after a failure):
 * the ledger has one row per certificate; a reissue voids the certificate it replaces before it credits the new one
 * (and, when the replaced one has no row yet, writes it voided, so that its late credit counts nothing); a
 * revocation voids the credit, or writes it voided ahead when the credit has not arrived yet.
 */
@Component
class CertificateCredits {

	private final JpLedgerStore store;

	private final Clock clock;

	CertificateCredits(JpLedgerStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CertificateIssued issued) {
		Instant now = this.clock.instant();
		if (issued.supersededId() != null) {
			long replaced = issued.supersededId();
			this.store.voidAhead(issued.accountId(), issued.jpYear(), issued.jp(), JpEntry.CERTIFICATE, replaced,
					null, VoidReason.SUPERSEDED, now);
			this.store.voidEntry(issued.accountId(), JpEntry.CERTIFICATE, replaced, VoidReason.SUPERSEDED, now);
		}
		this.store.credit(issued.accountId(), issued.jpYear(), issued.jp(), JpEntry.CERTIFICATE,
				issued.certificateId(), issued.number(), now);
	}

	@ApplicationModuleListener
	void on(CertificateRevoked revoked) {
		Instant now = this.clock.instant();
		int year = revoked.revokedAt().atZone(IndonesianTime.DEFAULT_ZONE).getYear();
		this.store.voidAhead(revoked.accountId(), year, BigDecimal.ZERO, JpEntry.CERTIFICATE,
				revoked.certificateId(), null, VoidReason.REVOKED, now);
		this.store.voidEntry(revoked.accountId(), JpEntry.CERTIFICATE, revoked.certificateId(), VoidReason.REVOKED,
				now);
	}

}
