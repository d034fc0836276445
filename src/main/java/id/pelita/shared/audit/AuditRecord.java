package id.pelita.shared.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One stored audit entry as read back: who, on behalf of what, what, about whom, the change, when, from where. */
public record AuditRecord(long id, Instant occurredAt, @Nullable Long actorAccountId, String actorUsername,
		@Nullable String actorName, @Nullable String actorRoles, @Nullable Long onBehalfAgencyId,
		@Nullable Long apiTokenId, String action, String objectType, @Nullable String objectId,
		@Nullable Long subjectAccountId, @Nullable Long subjectAgencyId, @Nullable String beforeJson,
		@Nullable String afterJson, @Nullable String address, @Nullable String userAgent) {

	/** Where the next (older) page starts. */
	public AuditCursor cursor() {
		return new AuditCursor(this.occurredAt, this.id);
	}

}
