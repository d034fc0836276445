package id.pelita.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A certificate as an employee's JP year lists it: number, course, run, dates, JP, status and the public
 * verification address.
 */
public record CreditedCertificate(long id, String number, String courseTitle, String runName, LocalDate startsOn,
		LocalDate endsOn, BigDecimal jp, CertificateStatus status, String verificationUrl) {
}
