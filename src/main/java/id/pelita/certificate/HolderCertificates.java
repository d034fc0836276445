package id.pelita.certificate;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.pelita.certificate.internal.CertificateRow;
import id.pelita.certificate.internal.CertificateStore;
import id.pelita.identity.AgencyDirectory;
import id.pelita.shared.PublicUrl;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.files.FileStore;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates for the people allowed to hold them: the holder's own list ({@code /sertifikat-saya}) and the PDF
 * for its holder, organisers and administrators, and the coordinators (or API tokens) of the holder's agency.
 */
@Service
public class HolderCertificates {

	private final CertificateStore store;

	private final FileStore files;

	private final PublicUrl publicUrl;

	private final ObjectProvider<AgencyDirectory> agencies;

	HolderCertificates(CertificateStore store, FileStore files, PublicUrl publicUrl,
			ObjectProvider<AgencyDirectory> agencies) {
		this.store = store;
		this.files = files;
		this.publicUrl = publicUrl;
		this.agencies = agencies;
	}

	/** The signed-in person's certificates, newest first; only those whose JP counts in {@code year} if given. */
	@Transactional(readOnly = true)
	public List<MyCertificate> mine(@Nullable Integer year) {
		PelitaUser user = CurrentUser.require();
		return this.store.ofAccount(user.accountId())
			.stream()
			.filter(row -> year == null || row.jpYear() == year)
			.map(this::mine)
			.toList();
	}

	/**
	 * Facts of the account's certificates among these ids, in the order of their course dates, for the JP ledger's
	 * statements (no rights: the calling service decides who may see whom).
	 */
	@Transactional(readOnly = true)
	public List<CreditedCertificate> credited(long accountId, Collection<Long> certificateIds) {
		Set<Long> wanted = Set.copyOf(certificateIds);
		if (wanted.isEmpty()) {
			return List.of();
		}
		return this.store.ofAccount(accountId)
			.stream()
			.filter(row -> wanted.contains(row.id()))
			.sorted(Comparator.comparing(CertificateRow::endsOn).thenComparing(CertificateRow::id))
			.map(row -> new CreditedCertificate(row.id(), row.number(), row.courseTitle(), row.runName(),
					row.startsOn(), row.endsOn(), row.jp(), row.status(),
					this.publicUrl.link("/verifikasi/" + row.code())))
			.toList();
	}

	/** Facts for the e-mail about an issued certificate (no rights: the recipient is its holder). */
	@Transactional(readOnly = true)
	public Optional<IssuedCertificate> issued(long certificateId) {
		return this.store.find(certificateId)
			.map(row -> new IssuedCertificate(row.id(), row.accountId(), row.number(), row.courseTitle(), row.runName(),
					row.jp(), this.publicUrl.link("/verifikasi/" + row.code()), this.publicUrl.link("/sertifikat-saya")));
	}

	/**
	 * The PDF, for those who may have it; {@link AccessDeniedException} for anyone else, empty for unknown codes,
	 * and a {@link UserFacingException} while its file is still being prepared.
	 */
	@Transactional(readOnly = true)
	public Optional<CertificatePdf> pdf(String typedCode) {
		Optional<CertificateRow> found = VerificationCode.normalise(typedCode).flatMap(this.store::findByCode);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		CertificateRow row = found.get();
		PelitaUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!mayRead(user, row)) {
			throw new AccessDeniedException("Not this certificate's holder, organiser or agency");
		}
		String path = row.pdfPath();
		if (path == null) {
			throw new UserFacingException("certificate.pdf.preparing");
		}
		InputStream content = this.files.open(path).orElseThrow();
		return Optional.of(new CertificatePdf(fileName(row), row.pdfSize(), content));
	}

	boolean mayRead(PelitaUser user, CertificateRow row) {
		if (user.accountId() == row.accountId() || user.hasRole(Role.ORGANISER) || user.hasRole(Role.ADMIN)) {
			return true;
		}
		AgencyDirectory directory = this.agencies.getIfAvailable();
		return directory != null && row.holderAgencyId() != null
				&& directory.coordinatedBy(user).contains(row.holderAgencyId());
	}

	/** {@code STTP-<number>-<name>.pdf} in ASCII, safe as a download and ZIP entry name. */
	public static String fileName(String number, String holderName) {
		String ascii = Normalizer.normalize("STTP " + number + " " + holderName, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9.-]+", "-")
			.replaceAll("-+", "-");
		if (ascii.length() > 120) {
			ascii = ascii.substring(0, 120);
		}
		return ascii.replaceAll("^-|-$", "") + ".pdf";
	}

	static String fileName(CertificateRow row) {
		return fileName(row.number(), row.holderName());
	}

	private MyCertificate mine(CertificateRow row) {
		return new MyCertificate(row.id(), VerificationCode.grouped(row.code()), row.number(), row.status(),
				row.courseTitle(), row.runName(), row.jp(), row.jpYear(), row.issuedAt(),
				this.publicUrl.link("/verifikasi/" + row.code()), "/api/v1/certificates/" + row.code() + "/pdf");
	}

}
