package id.pelita.notification;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person wants to receive: the kinds of message they get by e-mail (account messages always come), and
 * whether they get reminders at all. Without reminders there is neither a reminder e-mail nor a reminder notice.
 */
public record Preferences(Set<MessageKind> byEmail, boolean reminders) {

	public Preferences {
		byEmail = byEmail.isEmpty() ? EnumSet.noneOf(MessageKind.class) : EnumSet.copyOf(byEmail);
	}

	/** Everything on: what a person has until they change it. */
	public static Preferences defaults() {
		return new Preferences(EnumSet.allOf(MessageKind.class), true);
	}

	/** The kinds a person may choose about, in the order the profile shows them. */
	public static Set<MessageKind> optional() {
		return EnumSet.of(MessageKind.ENROLMENT, MessageKind.NOMINATIONS, MessageKind.SESSIONS, MessageKind.REMINDERS,
				MessageKind.CERTIFICATES);
	}

	public boolean wantsEmail(MessageKind kind) {
		if (!kind.emailOptional()) {
			return true;
		}
		return this.byEmail.contains(kind) && (kind != MessageKind.REMINDERS || this.reminders);
	}

	public boolean wantsInApp(MessageKind kind) {
		return kind.shownInApp() && (kind != MessageKind.REMINDERS || this.reminders);
	}

}
