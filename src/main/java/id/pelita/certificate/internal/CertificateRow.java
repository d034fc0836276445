package id.pelita.certificate.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import id.pelita.certificate.CertificateStatus;
import org.jspecify.annotations.Nullable;

/**
 * One stored certificate: its identity, status and the snapshot of holder, course and official it was made of.
 * A {@link CertificateStatus#PREPARING} certificate has no file yet ({@code pdfPath} and {@code pdfSha256} null);
 * {@code signaturePath}, {@code holderZone} and {@code topics} are what its file is made from.
 *
 * @param topics the second page's topics, one a line: title, U+001F, JP; empty for none
 */
public record CertificateRow(long id, long runId, long accountId, int version, String number, String code,
		CertificateStatus status, Instant issuedAt, Instant completedAt, String holderName, @Nullable String holderNip,
		@Nullable String holderRank, @Nullable String holderPosition, @Nullable String holderAgency,
		@Nullable Long holderAgencyId, String courseTitle, String courseCode, String runName, LocalDate startsOn,
		LocalDate endsOn, BigDecimal jp, int jpYear, String template, String issuer, String issuePlace,
		String officialName, @Nullable String officialNip, String officialTitle, @Nullable String pdfPath,
		@Nullable String pdfSha256, long pdfSize, @Nullable Long supersedesId, @Nullable String revokedReason,
		@Nullable Instant revokedAt, @Nullable String signaturePath, @Nullable String holderZone, String topics) {

	/** Whether the signed file exists (the certificate may be downloaded). */
	public boolean hasFile() {
		return this.pdfPath != null;
	}

	CertificateRow withId(long newId) {
		return new CertificateRow(newId, this.runId, this.accountId, this.version, this.number, this.code,
				this.status, this.issuedAt, this.completedAt, this.holderName, this.holderNip, this.holderRank,
				this.holderPosition, this.holderAgency, this.holderAgencyId, this.courseTitle, this.courseCode,
				this.runName, this.startsOn, this.endsOn, this.jp, this.jpYear, this.template, this.issuer,
				this.issuePlace, this.officialName, this.officialNip, this.officialTitle, this.pdfPath, this.pdfSha256,
				this.pdfSize, this.supersedesId, this.revokedReason, this.revokedAt, this.signaturePath,
				this.holderZone, this.topics);
	}

}
