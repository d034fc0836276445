package id.pelita.certificate;

import org.jspecify.annotations.Nullable;

/**
 * The check of an uploaded PDF.
 *
 * @param issued whether the file is byte for byte a certificate Pelita issued (its SHA-256 is on record)
 * @param signature whether its signature is intact (made with this installation's key, nothing changed since)
 * @param certificate the certificate it is, when {@code issued}
 */
public record FileVerification(boolean issued, SignatureState signature, @Nullable PublicCertificate certificate) {

	public enum SignatureState {

		INTACT, BROKEN, UNSIGNED

	}

}
