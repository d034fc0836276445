package id.pelita.agency;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An API token as its list shows it: never the token itself, only its first characters. */
public record ApiTokenSummary(long id, String name, String prefix, Instant createdAt, String createdBy,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean revoked() {
		return this.revokedAt != null;
	}

}
