package id.pelita.certificate;

import java.math.BigDecimal;

/** The facts of an issued certificate that its e-mail needs (notification module). */
public record IssuedCertificate(long id, long accountId, String number, String courseTitle, String runName,
		BigDecimal jp, String verificationUrl, String myCertificatesUrl) {
}
