package id.pelita.shared.audit;

/** What an audit entry records; stored by name, shown through {@code audit.action.<NAME>}. */
public enum AuditAction {

	SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET, PASSWORD_SET_BY_ADMIN,
	PASSWORD_CHANGED, ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_ACCESS_CHANGED, PROFILE_CHANGED,
	EMPLOYEE_CREATED, EMPLOYEE_CHANGED, EMPLOYEE_DISABLED, EMPLOYEE_ENABLED, ROSTER_IMPORTED, AGENCY_CREATED,
	API_TOKEN_CREATED, API_TOKEN_REVOKED, API_WRITE, LIST_DOWNLOADED, AUDIT_PRUNED;

	/** The translation key of the action's label. */
	public String labelKey() {
		return "audit.action." + name();
	}

}
