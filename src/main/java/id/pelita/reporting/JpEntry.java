package id.pelita.reporting;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an employee's JP ledger: what it is for ({@code sourceType} {@value #CERTIFICATE} with the
 * certificate's id; external trainings later), the JP it counts in its year, and whether it was voided (the
 * certificate revoked, or replaced by a reissue), in which case it counts nothing.
 */
public record JpEntry(long id, long accountId, int year, BigDecimal jp, String sourceType, long sourceId,
		@Nullable String description, Instant recordedAt, @Nullable Instant voidedAt, @Nullable VoidReason voided) {

	/** Source type of entries credited for an issued certificate (STTP); the source id is the certificate's. */
	public static final String CERTIFICATE = "CERTIFICATE";

	/** Source type of entries for a training outside the platform; the source id is the external entry's. */
	public static final String EXTERNAL = "EXTERNAL";

	/** Why an entry no longer counts. */
	public enum VoidReason {

		/** The certificate was revoked. */
		REVOKED,

		/** The certificate was replaced by a reissue, which carries the credit now. */
		SUPERSEDED,

		/** A training outside the platform was voided by the agency's coordinator. */
		WITHDRAWN

	}

	public boolean counts() {
		return this.voided == null;
	}

}
