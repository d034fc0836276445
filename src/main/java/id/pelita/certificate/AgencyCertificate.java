package id.pelita.certificate;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A certificate of an agency's employee as the agency's coordinator sees it ({@code /instansi/sertifikat}). */
public record AgencyCertificate(long id, String code, String number, CertificateStatus status, String holderName,
		@Nullable String holderNip, @Nullable String unit, String courseTitle, String runName, BigDecimal jp,
		int jpYear, Instant issuedAt, String pdfUrl) {
}
