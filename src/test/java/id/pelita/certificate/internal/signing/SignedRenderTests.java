package id.pelita.certificate.internal.signing;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import id.pelita.certificate.internal.template.CertificateContent;
import id.pelita.certificate.internal.template.CertificateRenderer;
import id.pelita.certificate.internal.template.CertificateTemplate;
import id.pelita.certificate.internal.template.DemoSignature;
import id.pelita.certificate.internal.template.SampleContent;
import id.pelita.certificate.internal.template.TemplateLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A certificate signed while it is rendered (one save, never read back): with the ECDSA P-256 demo key generated
 * now and with an RSA key store as earlier installations generated it, the signature covers the whole file, is
 * PAdES ({@code ETSI.CAdES.detached}) with the key's algorithm, verifies, and breaks when one byte changes.
 */
class SignedRenderTests {

	private static final CertificateTemplate STTP = TemplateLoader
		.load(Path.of("certificates-templates/sttp-standar").toAbsolutePath());

	private static final char[] PASSWORD = "rahasia".toCharArray();

	@TempDir
	Path directory;

	@Test
	void theGeneratedDemoKeyIsEcdsaP256AndSignsTheCertificateAsItIsSaved() throws Exception {
		Path file = this.directory.resolve("keys/certificate-signing.p12");
		SigningKey key = SigningKey.load(file, PASSWORD, null, true, "CN=Demo,C=ID");
		assertThat(key.privateKey().getAlgorithm()).isEqualTo("EC");
		assertThat(key.certificate().getSigAlgName()).isEqualToIgnoringCase("SHA256withECDSA");

		byte[] pdf = signedCertificate(key);
		assertSignedWith(pdf, key, X9ObjectIdentifiers.ecdsa_with_SHA256.getId());
		// the key store written is the one read again, by this node and every other
		assertThat(SigningKey.load(file, PASSWORD, null, true, "CN=Other,C=ID").certificate())
			.isEqualTo(key.certificate());
	}

	@Test
	void anRsaKeyStoreOfAnEarlierInstallationKeepsSigning() throws Exception {
		Path file = this.directory.resolve("certificate-signing.p12");
		writeRsaKeyStore(file);
		SigningKey key = SigningKey.load(file, PASSWORD, null, true, "CN=Demo,C=ID");
		assertThat(key.privateKey().getAlgorithm()).isEqualTo("RSA");

		assertSignedWith(signedCertificate(key), key, PKCSObjectIdentifiers.sha256WithRSAEncryption.getId());
	}

	private static byte[] signedCertificate(SigningKey key) {
		CertificateContent content = SampleContent.of("https://pelita.example.go.id/verifikasi/ABCDE12345FGHIJ",
				DemoSignature.png());
		return CertificateRenderer.render(STTP, content,
				new PadesSigner(key, "Pelita LMS").signature("Sertifikat (STTP) 1/X/2026", "Serang", Instant.now()));
	}

	private void assertSignedWith(byte[] pdf, SigningKey key, String algorithm) throws Exception {
		List<X509Certificate> trusted = List.of(key.certificate());
		assertThat(SignatureCheck.check(pdf, trusted)).isEqualTo(SignatureCheck.Result.INTACT);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Ni Luh Putu");
			List<PDSignature> signatures = document.getSignatureDictionaries();
			assertThat(signatures).hasSize(1);
			PDSignature signature = signatures.getFirst();
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			int[] range = signature.getByteRange();
			assertThat(range[0]).isZero();
			assertThat((long) range[2] + range[3]).isEqualTo(pdf.length);
			byte[] contents;
			try (var in = new ASN1InputStream(signature.getContents(pdf))) {
				contents = in.readObject().getEncoded();
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					contents);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			assertThat(signer.getEncryptionAlgOID()).isEqualTo(algorithm);
		}
		byte[] tampered = pdf.clone();
		int middle = tampered.length / 3;
		tampered[middle] = (byte) (tampered[middle] ^ 0x01);
		assertThat(SignatureCheck.check(tampered, trusted)).isEqualTo(SignatureCheck.Result.BROKEN);
		SigningKey stranger = SigningKey.load(this.directory.resolve("stranger.p12"), PASSWORD, null,
				true, "CN=Stranger,C=ID");
		assertThat(SignatureCheck.check(pdf, List.of(stranger.certificate()))).isEqualTo(SignatureCheck.Result.BROKEN);
	}

	/** An RSA 3072 demo key store as installations before the ECDSA demo key generated it. */
	private static void writeRsaKeyStore(Path file) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(3072);
		KeyPair pair = generator.generateKeyPair();
		X500Name name = new X500Name("CN=Pelita LMS demo certificate signing key,C=ID");
		Instant now = Instant.now();
		X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
				new JcaX509v3CertificateBuilder(name, BigInteger.TWO, Date.from(now.minus(Duration.ofDays(1))),
						Date.from(now.plus(Duration.ofDays(365))), name, pair.getPublic())
					.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("pelita-demo", pair.getPrivate(), PASSWORD, new Certificate[] { certificate });
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, PASSWORD);
		}
	}

}
