package id.pelita.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What verification shows of a certificate, and nothing more about the person: no NIP, no e-mail.
 *
 * @param code the grouped verification code
 * @param revokedReason why it was revoked, when it was
 */
public record PublicCertificate(String code, String number, CertificateStatus status, String holderName,
		String courseTitle, String runName, LocalDate startsOn, LocalDate endsOn, BigDecimal jp, String issuer,
		Instant issuedAt, @Nullable String revokedReason, @Nullable Instant revokedAt) {
}
