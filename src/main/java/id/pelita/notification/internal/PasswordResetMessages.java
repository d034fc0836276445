package id.pelita.notification.internal;

import java.util.List;
import java.util.Map;

import id.pelita.identity.PasswordResetRequested;
import id.pelita.shared.PublicUrl;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the {@value #TEMPLATE} message with its one-time link to the outbox, in the transaction that made the link
 * (a plain, synchronous listener: the event carries the token and must not be persisted). Payload: {@code name},
 * {@code link} (absolute, from {@code pelita.public-url}), {@code expiresAt} (ISO-8601 instant).
 */
@Component
class PasswordResetMessages {

	static final String TEMPLATE = "password-reset";

	private final OutboxWriter outbox;

	private final PublicUrl publicUrl;

	PasswordResetMessages(OutboxWriter outbox, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.publicUrl = publicUrl;
	}

	@EventListener
	void on(PasswordResetRequested event) {
		this.outbox.enqueue(List.of(new OutboxEntry(event.accountId(), event.email(), TEMPLATE, event.language(),
				Map.of("name", event.fullName(), "link", this.publicUrl.link(event.path()), "expiresAt",
						event.expiresAt().toString()))));
	}

}
