package id.pelita.certificate.internal.signing;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Whether a PDF's signature is intact: it covers the whole file (nothing appended after signing), the CMS
 * signature verifies over the signed bytes, and it was made with one of the trusted certificates (this
 * installation's signing key).
 */
public final class SignatureCheck {

	public enum Result {

		/** Signed by a trusted key, and not a byte changed since. */
		INTACT,
		/** A signature is there but does not verify, covers only part of the file, or is by another key. */
		BROKEN,
		/** No signature at all. */
		UNSIGNED

	}

	private SignatureCheck() {
	}

	public static Result check(byte[] pdf, Collection<X509Certificate> trusted) {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return Result.UNSIGNED;
			}
			for (PDSignature signature : signatures) {
				if (!verifies(signature, pdf, trusted)) {
					return Result.BROKEN;
				}
			}
			return Result.INTACT;
		}
		catch (IOException | RuntimeException ex) {
			return Result.BROKEN;
		}
	}

	private static boolean verifies(PDSignature signature, byte[] pdf, Collection<X509Certificate> trusted)
			throws IOException {
		int[] range = signature.getByteRange();
		if (range == null || range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
			return false;
		}
		try {
			// the reserved space is zero-padded after the DER structure; BouncyCastle refuses trailing data
			byte[] contents;
			try (var in = new org.bouncycastle.asn1.ASN1InputStream(signature.getContents(pdf))) {
				contents = in.readObject().getEncoded();
			}
			byte[] signed = signature.getSignedContent(pdf);
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contents);
			Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
			if (signers.isEmpty()) {
				return false;
			}
			for (SignerInformation signer : signers) {
				X509Certificate certificate = trusted.stream()
					.filter(candidate -> signer.getSID().match(holder(candidate)))
					.findFirst()
					.orElse(null);
				if (certificate == null
						|| !signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
					return false;
				}
			}
			return true;
		}
		catch (CMSException | OperatorCreationException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static X509CertificateHolder holder(X509Certificate certificate) {
		try {
			return new JcaX509CertificateHolder(certificate);
		}
		catch (java.security.cert.CertificateEncodingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
