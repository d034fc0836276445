package id.pelita.certificate;

import id.pelita.certificate.internal.Signing;

import org.springframework.stereotype.Service;

/**
 * The signing key for the integration checks and the health contributor: the certificate of the key that signs
 * certificate PDFs, read (or, on the embedded default, generated) as signing would.
 */
@Service
public class SigningKeyCheck {

	private final Signing signing;

	SigningKeyCheck(Signing signing) {
		this.signing = signing;
	}

	public SigningKeyStatus status() {
		try {
			return SigningKeyStatus.of(this.signing.certificate());
		}
		catch (RuntimeException ex) {
			return SigningKeyStatus.unreadable(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
		}
	}

}
