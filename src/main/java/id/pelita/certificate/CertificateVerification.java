package id.pelita.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import id.pelita.certificate.internal.CertificateRow;
import id.pelita.certificate.internal.CertificateStore;
import id.pelita.certificate.internal.Signing;
import id.pelita.certificate.internal.signing.SignatureCheck;
import id.pelita.shared.PublicUrl;
import id.pelita.shared.UserFacingException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public verification, for anyone: by code (typed or from the QR link) and by uploading the PDF. Uploads are read
 * with a hard size limit before anything is parsed; a file is "issued" only when its SHA-256 is on record, and its
 * signature is checked without rendering or decompressing its pages, so a PDF bomb costs nothing.
 */
@Service
public class CertificateVerification {

	private final CertificateStore store;

	private final Signing signing;

	private final CertificateSettings settings;

	private final PublicUrl publicUrl;

	CertificateVerification(CertificateStore store, Signing signing, CertificateSettings settings, PublicUrl publicUrl) {
		this.store = store;
		this.signing = signing;
		this.settings = settings;
		this.publicUrl = publicUrl;
	}

	/** The certificate with this code; empty for unknown or malformed codes. */
	@Transactional(readOnly = true)
	public Optional<PublicCertificate> byCode(String typed) {
		return VerificationCode.normalise(typed).flatMap(this.store::findByCode).map(CertificateVerification::view);
	}

	/** The link printed on a certificate and encoded in its QR code. */
	public String link(String code) {
		return this.publicUrl.link("/verifikasi/" + code);
	}

	public long maxUploadBytes() {
		return this.settings.verification().maxUploadBytes();
	}

	/**
	 * Checks an uploaded file. Refuses (with a message in the user's language) an empty file, one larger than the
	 * limit and one that is not a PDF.
	 */
	@Transactional(readOnly = true)
	public FileVerification verifyFile(InputStream content) {
		byte[] bytes = readAtMost(content, maxUploadBytes());
		if (bytes.length == 0) {
			throw new UserFacingException("certificate.verify.error.empty");
		}
		if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
			throw new UserFacingException("certificate.verify.error.notPdf");
		}
		String sha256 = sha256(bytes);
		Optional<CertificateRow> issued = this.store.findBySha256(sha256).stream().findFirst();
		SignatureCheck.Result signature = this.signing.check(bytes);
		return new FileVerification(issued.isPresent(), FileVerification.SignatureState.valueOf(signature.name()),
				issued.map(CertificateVerification::view).orElse(null));
	}

	static PublicCertificate view(CertificateRow row) {
		return new PublicCertificate(VerificationCode.grouped(row.code()), row.number(), row.status(), row.holderName(),
				row.courseTitle(), row.runName(), row.startsOn(), row.endsOn(), row.jp(), row.issuer(), row.issuedAt(),
				row.revokedReason(), row.revokedAt());
	}

	private static byte[] readAtMost(InputStream in, long max) {
		try {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			if (bytes.length > max) {
				throw new UserFacingException("certificate.verify.error.tooLarge", max / (1024 * 1024));
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UserFacingException("certificate.verify.error.read");
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
