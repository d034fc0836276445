package id.pelita.identity;

/** Whether an account may sign in. */
public enum AccountStatus {

	/** May sign in. */
	ACTIVE,
	/** Created for an employee (by import or nomination) who has not set a password yet. */
	PENDING_ACTIVATION,
	/** Switched off by an administrator. */
	DISABLED

}
