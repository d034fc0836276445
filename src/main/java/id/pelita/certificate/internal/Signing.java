package id.pelita.certificate.internal;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import id.pelita.certificate.CertificateSettings;
import id.pelita.certificate.internal.signing.PadesSigner;
import id.pelita.certificate.internal.signing.SignatureCheck;
import id.pelita.certificate.internal.signing.SigningKey;
import id.pelita.certificate.internal.template.SavedSignature;
import id.pelita.shared.files.FileStore;

import org.springframework.stereotype.Component;

/**
 * This installation's signing key ({@code pelita.certificate.signing.*}), read (or, on the embedded default,
 * generated) on first use, and the PAdES signer and check built on it.
 */
@Component
public class Signing {

	private final CertificateSettings.Signing settings;

	private final Path keyStore;

	private volatile PadesSigner signer;

	private volatile SigningKey key;

	Signing(CertificateSettings settings, FileStore files) {
		this.settings = settings.signing();
		this.keyStore = this.settings.keyStore() != null ? this.settings.keyStore()
				: files.root().getParent().resolve("keys").resolve("certificate-signing.p12");
	}

	/** This key's signature for a certificate being rendered, made while it is saved. */
	public SavedSignature signature(String reason, String location, Instant at) {
		return signer().signature(reason, location, at);
	}

	public SignatureCheck.Result check(byte[] pdf) {
		return SignatureCheck.check(pdf, trusted());
	}

	public List<X509Certificate> trusted() {
		return List.of(key().certificate());
	}

	public X509Certificate certificate() {
		return key().certificate();
	}

	private PadesSigner signer() {
		PadesSigner current = this.signer;
		if (current == null) {
			synchronized (this) {
				if (this.signer == null) {
					this.signer = new PadesSigner(key(), this.settings.signerName());
				}
				current = this.signer;
			}
		}
		return current;
	}

	private SigningKey key() {
		SigningKey current = this.key;
		if (current == null) {
			synchronized (this) {
				if (this.key == null) {
					this.key = SigningKey.load(this.keyStore, this.settings.password().toCharArray(),
							this.settings.alias(), this.settings.generateIfMissing(),
							"CN=Pelita LMS demo certificate signing key,O=Pelita LMS self-signed demo,C=ID");
				}
				current = this.key;
			}
		}
		return current;
	}

}
