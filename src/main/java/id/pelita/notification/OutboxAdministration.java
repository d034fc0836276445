package id.pelita.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.notification.internal.MessageTemplate;
import id.pelita.notification.internal.MessageTemplates;
import id.pelita.notification.internal.OutboxStore;
import id.pelita.notification.internal.RenderedMessage;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.time.IndonesianTime;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's view of the outbox: how many messages are in each state, the messages themselves with their
 * attempts and errors, a preview of one, and "retry now" for a failed or waiting message.
 */
@Service
public class OutboxAdministration {

	private static final TypeReference<Map<String, String>> PAYLOAD = new TypeReference<>() {
	};

	private final OutboxStore store;

	private final MessageTemplates templates;

	private final JsonMapper json;

	private final PersonDirectory people;

	private final Clock clock;

	OutboxAdministration(OutboxStore store, MessageTemplates templates, JsonMapper json, PersonDirectory people,
			Clock clock) {
		this.store = store;
		this.people = people;
		this.templates = templates;
		this.json = json;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Map<OutboxStatus, Long> counts() {
		return this.store.counts();
	}

	/** The messages the filter lets through, newest first. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<OutboxMessage> messages(OutboxFilter filter, int offset, int limit) {
		return this.store.find(filter(filter), Math.max(0, offset), Math.clamp(limit, 1, 500))
			.stream()
			.map(m -> new OutboxMessage(m.id(), m.accountId(), m.email(), m.template(), m.status(), m.attempts(),
					m.nextAttemptAt(), m.lastError(), m.createdAt(), m.sentAt()))
			.toList();
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public long count(OutboxFilter filter) {
		return this.store.count(filter(filter));
	}

	/** The names of all message templates, for the filter. */
	@PreAuthorize("hasRole('ADMIN')")
	public List<String> templates() {
		return Arrays.stream(MessageTemplate.values()).map(MessageTemplate::id).sorted().toList();
	}

	/** Makes a failed or waiting message due now: the next delivery run sends it. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void retryNow(long messageId) {
		OutboxStore.Message message = this.store.find(messageId)
			.orElseThrow(() -> new UserFacingException("outbox.error.notFound", messageId));
		if (message.status() != OutboxStatus.FAILED && message.status() != OutboxStatus.PENDING) {
			throw new UserFacingException("outbox.error.notRetryable", messageId);
		}
		if (!this.store.retryNow(messageId, this.clock.instant())) {
			throw new UserFacingException("outbox.error.notRetryable", messageId);
		}
	}

	/** The message as its recipient gets it: their language, name and time zone. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public MessagePreview preview(long messageId) {
		OutboxStore.Message message = this.store.find(messageId)
			.orElseThrow(() -> new UserFacingException("outbox.error.notFound", messageId));
		MessageTemplate template = MessageTemplate.find(message.template())
			.orElseThrow(() -> new UserFacingException("outbox.error.unknownTemplate", message.template()));
		Map<String, String> payload = this.json.readValue(message.payload(), PAYLOAD);
		ZoneId zone = IndonesianTime.DEFAULT_ZONE;
		String name = null;
		if (message.accountId() != null) {
			zone = this.people.zones(List.of(message.accountId())).getOrDefault(message.accountId(), zone);
			name = this.people.find(message.accountId()).map(PersonRef::fullName).orElse(null);
		}
		RenderedMessage rendered = this.templates.render(template, message.locale(), zone, payload, name);
		return new MessagePreview(message.id(), message.email(), rendered.subject(), rendered.text(), rendered.html(),
				rendered.calendar() == null ? null : rendered.calendar().method());
	}

	private static OutboxStore.Filter filter(OutboxFilter filter) {
		return new OutboxStore.Filter(filter.status(), filter.template(), filter.recipient());
	}

}
