package id.pelita.certificate;

/** What verification says about a certificate. */
public enum CertificateStatus {

	/** Issued and in force: SAH. */
	VALID,
	/** Replaced by a reissue: DIGANTI; the newer version is valid. */
	SUPERSEDED,
	/** Withdrawn with a reason: DICABUT. */
	REVOKED

}
