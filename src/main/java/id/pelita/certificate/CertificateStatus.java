package id.pelita.certificate;

/** What verification says about a certificate. */
public enum CertificateStatus {

	/**
	 * Numbered and recorded, its signed file still being made (seconds; the sweep finishes it when a node died
	 * in between): SEDANG DISIAPKAN, neither downloadable nor valid yet.
	 */
	PREPARING,
	/** Issued and in force: SAH. */
	VALID,
	/** Replaced by a reissue: DIGANTI; the newer version is valid. */
	SUPERSEDED,
	/** Withdrawn with a reason: DICABUT. */
	REVOKED

}
