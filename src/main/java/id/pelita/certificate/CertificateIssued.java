package id.pelita.certificate;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A certificate (STTP) was issued for a participant's completion of a run: its JP count for the year of
 * completion ({@code jpYear}, in the holder's time zone). A reissue publishes it again with a new
 * {@code certificateId} and the {@code supersededId} of the version it replaces.
 */
public record CertificateIssued(long certificateId, long runId, long accountId, String number, BigDecimal jp,
		int jpYear, Instant issuedAt, @Nullable Long supersededId) {
}
