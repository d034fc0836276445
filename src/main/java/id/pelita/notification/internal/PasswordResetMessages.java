package id.pelita.notification.internal;

import java.util.List;
import java.util.Map;

import id.pelita.identity.PasswordResetRequested;

import org.springframework.beans.factory.annotation.Value;
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

	private final String publicUrl;

	PasswordResetMessages(OutboxWriter outbox, @Value("${pelita.public-url:http://localhost:8080}") String publicUrl) {
		this.outbox = outbox;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@EventListener
	void on(PasswordResetRequested event) {
		this.outbox.enqueue(List.of(new OutboxEntry(event.accountId(), event.email(), TEMPLATE, event.language(),
				Map.of("name", event.fullName(), "link", this.publicUrl + event.path(), "expiresAt",
						event.expiresAt().toString()))));
	}

}
