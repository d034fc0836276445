package id.pelita.certificate.internal.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a rendered certificate as PAdES baseline B: an incremental update with a signature dictionary of
 * sub-filter {@code ETSI.CAdES.detached} whose CMS SignedData (BouncyCastle) carries the signing-certificate-v2
 * attribute and the certificate chain.
 */
public final class PadesSigner {

	static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

	private static final int SIGNATURE_SPACE = 16_000;

	private final SigningKey key;

	private final String signerName;

	/** What every signature repeats, made once with the key: the signed attributes and the chain. */
	private final AttributeTable attributes;

	private final JcaCertStore chain;

	private final DigestCalculatorProvider digests;

	public PadesSigner(SigningKey key, String signerName) {
		this.key = key;
		this.signerName = signerName;
		try {
			byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
			ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certificateHash);
			ASN1EncodableVector vector = new ASN1EncodableVector();
			vector.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
			this.attributes = new AttributeTable(vector);
			this.chain = new JcaCertStore(new ArrayList<>(key.chain()));
			this.digests = new JcaDigestCalculatorProviderBuilder().build();
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("Cannot prepare the signing key: " + ex.getMessage(), ex);
		}
	}

	public byte[] sign(byte[] pdf, String reason, String location, Instant at) {
		try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(CADES_DETACHED);
			signature.setName(this.signerName);
			signature.setReason(reason);
			signature.setLocation(location);
			Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
			calendar.setTimeInMillis(at.toEpochMilli());
			signature.setSignDate(calendar);
			options.setPreferredSignatureSize(SIGNATURE_SPACE);
			document.addSignature(signature, this::cms, options);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SPACE + 4096);
			document.saveIncremental(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] cms(InputStream content) throws IOException {
		try {
			byte[] data = content.readAllBytes();
			ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(this.key.privateKey());
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(this.digests)
				.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(this.attributes))
				.build(signer, this.key.certificate()));
			generator.addCertificates(this.chain);
			return generator.generate(new CMSProcessableByteArray(data), false).getEncoded();
		}
		catch (OperatorCreationException | CMSException | CertificateEncodingException ex) {
			throw new IOException("Cannot sign the certificate: " + ex.getMessage(), ex);
		}
	}

}
