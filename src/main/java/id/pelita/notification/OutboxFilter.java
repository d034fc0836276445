package id.pelita.notification;

import org.jspecify.annotations.Nullable;

/**
 * What the administrator's outbox list shows: one status, one template, and a recipient (part of the e-mail
 * address, or the account id); null or blank shows all.
 */
public record OutboxFilter(@Nullable OutboxStatus status, @Nullable String template, @Nullable String recipient) {

	public static OutboxFilter all() {
		return new OutboxFilter(null, null, null);
	}

}
