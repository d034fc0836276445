package id.pelita.certificate;

import java.security.cert.X509Certificate;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The certificate signing key as the integration checks see it: its certificate's subject, issuer and validity,
 * or why it could not be read ({@code error}, then the rest is empty). Never the key or its password.
 */
public record SigningKeyStatus(@Nullable String subject, @Nullable String issuer, @Nullable Instant notBefore,
		@Nullable Instant notAfter, @Nullable String error) {

	public static SigningKeyStatus of(X509Certificate certificate) {
		return new SigningKeyStatus(certificate.getSubjectX500Principal().getName(),
				certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant(),
				certificate.getNotAfter().toInstant(), null);
	}

	public static SigningKeyStatus unreadable(String error) {
		return new SigningKeyStatus(null, null, null, null, error);
	}

}
