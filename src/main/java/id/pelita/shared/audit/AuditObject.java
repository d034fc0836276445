package id.pelita.shared.audit;

/** The kind of thing an audit entry is about; stored by name, shown through {@code audit.object.<NAME>}. */
public enum AuditObject {

	/** An account (object id: the account id); sign-ins, profile, roles. */
	ACCOUNT,
	/** An employee of a roster (object id: the account id). */
	EMPLOYEE,
	/** A roster import (object id: the file name). */
	ROSTER,
	/** An agency or unit (object id: the agency id). */
	AGENCY,
	/** An API token (object id: the token id). */
	API_TOKEN,
	/** A call of the REST API (object id: method and path). */
	API_CALL,
	/** A downloaded list of people (object id: the file name). */
	LIST,
	/** The audit log itself (its pruning). */
	AUDIT_LOG,
	/** A backup archive (object id: the archive's file name). */
	BACKUP;

	/** The translation key of the object kind's label. */
	public String labelKey() {
		return "audit.object." + name();
	}

}
