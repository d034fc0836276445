package id.pelita.agency.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An agency's API token: only its SHA-256 hash and its first characters (to recognise it) are kept. */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agency_id", nullable = false)
	private long agencyId;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "token_prefix", nullable = false)
	private String tokenPrefix;

	@Column(name = "created_by", nullable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	@Column(name = "revoked_by")
	private @Nullable Long revokedBy;

	@Version
	private long version;

	protected ApiToken() {
	}

	public ApiToken(long agencyId, String name, String tokenHash, String tokenPrefix, long createdBy,
			Instant createdAt) {
		this.agencyId = agencyId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getAgencyId() {
		return this.agencyId;
	}

	public String getName() {
		return this.name;
	}

	public String getTokenPrefix() {
		return this.tokenPrefix;
	}

	public long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public @Nullable Instant getRevokedAt() {
		return this.revokedAt;
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	public void revoke(long accountId, Instant now) {
		this.revokedAt = now;
		this.revokedBy = accountId;
	}

}
