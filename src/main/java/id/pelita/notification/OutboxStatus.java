package id.pelita.notification;

/** Where a message of the outbox is on its way to the recipient's mailbox. */
public enum OutboxStatus {

	/** Waiting to be sent, now or at its next attempt. */
	PENDING,
	/** Claimed by a delivery worker that is sending it. */
	SENDING,
	/** Accepted by the SMTP server. */
	SENT,
	/** Not sent by e-mail (no SMTP server configured, no address, or the person turned the kind off); in-app only. */
	SKIPPED,
	/** Given up: a permanent refusal or too many failed attempts. An administrator may retry it. */
	FAILED;

	public String labelKey() {
		return "outbox.status." + name();
	}

}
