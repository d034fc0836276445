package id.pelita.certificate;

import java.math.BigDecimal;
import java.time.Instant;

/** A certificate in its holder's list ({@code /sertifikat-saya}). */
public record MyCertificate(long id, String code, String number, CertificateStatus status, String courseTitle,
		String runName, BigDecimal jp, int jpYear, Instant issuedAt, String verificationUrl, String pdfUrl) {
}
