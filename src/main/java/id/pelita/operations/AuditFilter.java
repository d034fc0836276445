package id.pelita.operations;

import java.time.LocalDate;
import java.time.ZoneId;

import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.audit.AuditQuery;
import org.jspecify.annotations.Nullable;

/**
 * What the audit page filters by: who acted (user name), the action, the object (kind, optionally its id) and the
 * period in days ({@code from} and {@code to} inclusive, in the reader's time zone).
 */
public record AuditFilter(@Nullable String actor, @Nullable AuditAction action, @Nullable AuditObject objectType,
		@Nullable String objectId, @Nullable LocalDate from, @Nullable LocalDate to) {

	public static final int MAX_TEXT = 200;

	/** No filter: everything the reader may see. */
	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	/** The query of this filter in the reader's zone; refuses a period that ends before it starts. */
	AuditQuery query(ZoneId zone) {
		if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
			throw new UserFacingException("audit.error.range");
		}
		if ((this.actor != null && this.actor.length() > MAX_TEXT)
				|| (this.objectId != null && this.objectId.length() > MAX_TEXT)) {
			throw new UserFacingException("audit.error.tooLong", MAX_TEXT);
		}
		return new AuditQuery(this.actor, this.action, this.objectType, this.objectId,
				this.from == null ? null : this.from.atStartOfDay(zone).toInstant(),
				this.to == null ? null : this.to.plusDays(1).atStartOfDay(zone).toInstant(), null);
	}

}
