package id.pelita.certificate.internal.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The signing key and its certificate chain from a PKCS#12 file. When the file is missing and generating is
 * allowed (the embedded default), a self-signed demo key is generated once and written atomically, so that every
 * node and every restart signs with the same key.
 */
public final class SigningKey {

	private final PrivateKey privateKey;

	private final List<X509Certificate> chain;

	private SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {
		this.privateKey = privateKey;
		this.chain = List.copyOf(chain);
	}

	public PrivateKey privateKey() {
		return this.privateKey;
	}

	/** The signer's certificate first, then its issuers. */
	public List<X509Certificate> chain() {
		return this.chain;
	}

	public X509Certificate certificate() {
		return this.chain.getFirst();
	}

	public static SigningKey load(Path file, char[] password, @Nullable String alias, boolean generateIfMissing,
			String demoSubject) {
		try {
			if (!Files.exists(file)) {
				if (!generateIfMissing) {
					throw new IllegalStateException("The certificate signing key store " + file + " does not exist");
				}
				generate(file, password, demoSubject);
			}
			KeyStore store = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(file)) {
				store.load(in, password);
			}
			String name = alias != null && !alias.isBlank() ? alias : firstKeyAlias(store);
			PrivateKey key = (PrivateKey) store.getKey(name, password);
			Certificate[] certificates = store.getCertificateChain(name);
			if (key == null || certificates == null || certificates.length == 0) {
				throw new IllegalStateException("No private key with a certificate chain under alias " + name + " in "
						+ file);
			}
			return new SigningKey(key, java.util.Arrays.stream(certificates).map(X509Certificate.class::cast).toList());
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the certificate signing key store " + file + ": "
					+ ex.getMessage(), ex);
		}
	}

	/** The JCA name of SHA-256 with this key's algorithm: RSA (PKCS#1 v1.5) or ECDSA. */
	public static String signatureAlgorithm(PrivateKey key) {
		return switch (key.getAlgorithm()) {
			case "RSA" -> "SHA256withRSA";
			case "EC", "ECDSA" -> "SHA256withECDSA";
			default -> throw new IllegalStateException("Certificate signing keys must be RSA or EC, not "
					+ key.getAlgorithm());
		};
	}

	private static String firstKeyAlias(KeyStore store) throws GeneralSecurityException {
		Enumeration<String> aliases = store.aliases();
		while (aliases.hasMoreElements()) {
			String alias = aliases.nextElement();
			if (store.isKeyEntry(alias)) {
				return alias;
			}
		}
		throw new IllegalStateException("The key store holds no private key");
	}

	/**
	 * A self-signed ECDSA P-256 demo key valid for ten years: as strong as RSA 3072 and about twenty times faster
	 * to sign with. A key store written earlier (an RSA demo key, or the agency's own key) is read as it is.
	 */
	static void generate(Path file, char[] password, String subject) throws IOException, GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
		KeyPair pair = generator.generateKeyPair();
		X500Name name = new X500Name(subject);
		Instant now = Instant.now();
		var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
				pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		X509Certificate certificate;
		try {
			certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder(signatureAlgorithm(pair.getPrivate())).build(pair.getPrivate())));
		}
		catch (org.bouncycastle.operator.OperatorCreationException ex) {
			throw new GeneralSecurityException(ex);
		}
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("pelita-demo", pair.getPrivate(), password, new Certificate[] { certificate });
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, "signing-", ".part");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				store.store(out, password);
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, file);
			}
		}
		catch (java.nio.file.FileAlreadyExistsException ex) {
			// another node generated it at the same moment: use theirs
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
