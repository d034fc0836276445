package id.pelita.shared.audit;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which entries to read: by actor's user name, action, object (kind and optionally id), period ({@code from}
 * inclusive, {@code to} exclusive) and the agencies whose entries may be read ({@code null}: every entry, for
 * administrators; otherwise only entries whose subject agency is one of them).
 */
public record AuditQuery(@Nullable String actor, @Nullable AuditAction action, @Nullable AuditObject objectType,
		@Nullable String objectId, @Nullable Instant from, @Nullable Instant to, @Nullable Set<Long> agencies) {

	public AuditQuery {
		agencies = agencies == null ? null : Set.copyOf(agencies);
		actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(java.util.Locale.ROOT);
		objectId = objectId == null || objectId.isBlank() ? null : objectId.strip();
	}

	/** Every entry. */
	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null);
	}

	/** This query limited to entries about these agencies. */
	public AuditQuery within(Set<Long> agencyIds) {
		return new AuditQuery(this.actor, this.action, this.objectType, this.objectId, this.from, this.to, agencyIds);
	}

}
