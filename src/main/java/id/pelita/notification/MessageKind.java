package id.pelita.notification;

/**
 * The kinds of message a person can choose to receive by e-mail or not. Every message also appears in the notice
 * centre, except reminders when the person turned them off entirely and account messages (activation and password
 * links), which only make sense by e-mail.
 */
public enum MessageKind {

	/** Enrolment confirmed, waitlisted, promoted, rejected or removed. */
	ENROLMENT,
	/** Results of cohort nominations, for agency coordinators. */
	NOMINATIONS,
	/** Live sessions scheduled, moved or cancelled, with their calendar invitations. */
	SESSIONS,
	/** Reminders before live sessions; can be turned off entirely. */
	REMINDERS,
	/** Certificates issued. */
	CERTIFICATES,
	/** Account activation and password links: always sent by e-mail, never shown in the app. */
	ACCOUNT;

	/** Whether the person may turn the e-mails of this kind off. */
	public boolean emailOptional() {
		return this != ACCOUNT;
	}

	/** Whether the messages of this kind appear in the notice centre. */
	public boolean shownInApp() {
		return this != ACCOUNT;
	}

	public String labelKey() {
		return "notification.kind." + name();
	}

}
