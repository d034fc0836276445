/**
 * Completion certificates (STTP): templates (folders under {@code certificates-templates/}, checked as a whole),
 * PDF rendering with PDFBox, gap-free numbering from the organiser's pattern, verification codes and QR links,
 * PAdES signing with a PKCS#12 key, public verification ({@code /verifikasi}, {@code /api/v1/certificates}),
 * the holder's list, the organiser's issue report with a streamed ZIP, and the coordinator's list of the agency's
 * certificates with the same ZIP. Issues on learning's
 * {@code ParticipantCompleted} (and a Quartz sweep), revokes on {@code ParticipantCompletionRevoked}. Publishes
 * {@code CertificateIssued} and {@code CertificateRevoked}; the JP ledger (reporting) and the e-mail
 * (notification) listen to them.
 */
@ApplicationModule(allowedDependencies = { "shared", "learning", "catalog", "identity", "agency" })
@NullMarked
package id.pelita.certificate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
