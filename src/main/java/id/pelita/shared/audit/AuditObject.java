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
	/** A course run: its participants' enrolments and completions (object id: the run id; subject: the person). */
	RUN,
	/** A live session: scheduled, moved, cancelled, attendance corrected (object id: the session id). */
	LIVE_SESSION,
	/** A certificate (object id: the certificate id; subject: its holder). */
	CERTIFICATE,
	/** The certificate numbering: pattern, issuer, place, signing official (no object id). */
	CERTIFICATE_SETTINGS,
	/** A signing official of certificates (object id: the official's id). */
	SIGNING_OFFICIAL,
	/** A course: its certificate template (object id: the course id). */
	COURSE,
	/** An outside system tested from the integration checks (object id: ZOOM, JITSI or SMTP). */
	INTEGRATION,
	/** A backup archive (object id: the archive's file name). */
	BACKUP;

	/** The translation key of the object kind's label. */
	public String labelKey() {
		return "audit.object." + name();
	}

}
