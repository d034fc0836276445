package id.pelita.certificate.internal.signing;

import java.io.IOException;
import java.io.Closeable;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import id.pelita.certificate.internal.template.SavedSignature;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
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
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a rendered certificate as PAdES baseline B, while the certificate is saved: a signature dictionary of
 * sub-filter {@code ETSI.CAdES.detached} whose CMS SignedData (BouncyCastle) carries the signing-certificate-v2
 * attribute and the certificate chain.
 */
public final class PadesSigner {

	static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

	/** Room for the CMS beyond the chain's certificates: signed attributes, the signature, the structure. */
	private static final int SIGNATURE_MARGIN = 4_096;

	private final SigningKey key;

	private final String signerName;

	/** What every signature repeats, made once with the key: the signed attributes and the chain. */
	private final AttributeTable attributes;

	private final JcaCertStore chain;

	private final DigestCalculatorProvider digests;

	private final String algorithm;

	private final int signatureSpace;

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
			this.algorithm = SigningKey.signatureAlgorithm(key.privateKey());
			int chainBytes = 0;
			for (var certificate : key.chain()) {
				chainBytes += certificate.getEncoded().length;
			}
			this.signatureSpace = chainBytes + SIGNATURE_MARGIN;
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("Cannot prepare the signing key: " + ex.getMessage(), ex);
		}
	}

	/**
	 * This key's signature for a certificate about to be saved whole for the first time (one just rendered): the
	 * empty signature dictionary before the save, the byte range and CMS filled into the saved bytes after it, so
	 * the file is written once and never read back.
	 */
	public SavedSignature signature(String reason, String location, Instant at) {
		return new SavedSignature() {

			@Override
			public Closeable addTo(PDDocument document) throws IOException {
				return PadesSigner.this.addTo(document, reason, location, at);
			}

			@Override
			public byte[] sign(byte[] saved) throws IOException {
				return SavedBytes.sign(saved, PadesSigner.this.signatureSpace, PadesSigner.this::cms);
			}

		};
	}

	private SignatureOptions addTo(PDDocument document, String reason, String location, Instant at) throws IOException {
		PDSignature signature = new PDSignature();
		signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
		signature.setSubFilter(CADES_DETACHED);
		signature.setName(this.signerName);
		signature.setReason(reason);
		signature.setLocation(location);
		Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		calendar.setTimeInMillis(at.toEpochMilli());
		signature.setSignDate(calendar);
		SignatureOptions options = new SignatureOptions();
		options.setPreferredSignatureSize(this.signatureSpace);
		document.addSignature(signature, options);
		return options;
	}

	private byte[] cms(CMSTypedData content) throws IOException {
		try {
			ContentSigner signer = new JcaContentSignerBuilder(this.algorithm).build(this.key.privateKey());
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(this.digests)
				.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(this.attributes))
				.build(signer, this.key.certificate()));
			generator.addCertificates(this.chain);
			return generator.generate(content, false).getEncoded();
		}
		catch (OperatorCreationException | CMSException | CertificateEncodingException ex) {
			throw new IOException("Cannot sign the certificate: " + ex.getMessage(), ex);
		}
	}

}
