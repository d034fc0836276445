package id.pelita.notification.internal;

import java.util.List;
import java.util.Map;

import id.pelita.identity.ActivationLinksIssued;
import id.pelita.shared.PublicUrl;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the {@value #TEMPLATE} message with its link for every account created without a password, to the
 * outbox, in the transaction that created the accounts (a plain, synchronous listener: the event carries the
 * tokens and must not be persisted). Delivery is the outbox job's business; until then the link is in the
 * outbox table. Payload: {@code name}, {@code link} (absolute, from {@code pelita.public-url}), {@code expiresAt}
 * (ISO-8601 instant).
 */
@Component
class AccountActivationMessages {

	static final String TEMPLATE = "account-activation";

	private final OutboxWriter outbox;

	private final PublicUrl publicUrl;

	AccountActivationMessages(OutboxWriter outbox, PublicUrl publicUrl) {
		this.outbox = outbox;
		this.publicUrl = publicUrl;
	}

	@EventListener
	void on(ActivationLinksIssued event) {
		List<OutboxEntry> entries = event.links()
			.stream()
			.map(link -> new OutboxEntry(link.accountId(), link.email(), TEMPLATE, link.language(),
					Map.of("name", link.fullName(), "link", this.publicUrl.link(link.path()), "expiresAt",
							link.expiresAt().toString())))
			.toList();
		this.outbox.enqueue(entries);
	}

}
