package id.pelita.notification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pelita.certificate.CertificateIssued;
import id.pelita.certificate.HolderCertificates;
import id.pelita.identity.PersonDirectory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code certificate-issued} message to the holder, written to the outbox in the transaction that issued the
 * certificate: the certificate and its message commit together or not at all.
 */
@Component
class CertificateNotifications {

	static final String ISSUED = "certificate-issued";

	private final OutboxWriter outbox;

	private final PersonDirectory people;

	private final HolderCertificates certificates;

	CertificateNotifications(OutboxWriter outbox, PersonDirectory people, HolderCertificates certificates) {
		this.outbox = outbox;
		this.people = people;
		this.certificates = certificates;
	}

	@EventListener
	void on(CertificateIssued issued) {
		this.certificates.issued(issued.certificateId()).ifPresent(certificate -> {
			Map<String, String> parameters = new HashMap<>();
			parameters.put("certificateNumber", certificate.number());
			parameters.put("courseTitle", certificate.courseTitle());
			parameters.put("runName", certificate.runName());
			parameters.put("jp", certificate.jp().stripTrailingZeros().toPlainString());
			parameters.put("link", certificate.myCertificatesUrl());
			parameters.put("verificationUrl", certificate.verificationUrl());
			this.people.find(certificate.accountId())
				.ifPresent(person -> this.outbox.enqueue(List.of(new OutboxEntry(person.accountId(), person.email(),
						ISSUED, person.language(), parameters))));
		});
	}

}
