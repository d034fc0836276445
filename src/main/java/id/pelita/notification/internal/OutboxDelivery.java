package id.pelita.notification.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.notification.OutboxSettings;
import id.pelita.notification.Preferences;
import id.pelita.notification.internal.OutboxStore.Message;
import id.pelita.notification.internal.OutboxStore.Outcome;
import id.pelita.shared.time.IndonesianTime;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.quartz.JobKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Delivers the due messages of the outbox by e-mail. Several workers ({@code pelita.outbox.workers}) run in
 * parallel; each claims a batch ({@code pelita.outbox.batch-size}), sends it over its own SMTP connection, which it
 * keeps open for the next batch, writes the outcomes back, and claims again until nothing is due or the run has
 * taken {@code pelita.outbox.max-run}.
 *
 * <ul>
 * <li>Sent: SENT with {@code sent_at}.</li>
 * <li>Not by e-mail: SKIPPED, with the reason in {@code last_error} (no SMTP server configured, no address, or the
 * recipient turned the kind off); the notice is in the notice centre either way.</li>
 * <li>Temporary failure (server unreachable, 4xx reply): PENDING again with one more attempt, the error, and the
 * next attempt after an exponential backoff ({@code pelita.outbox.first-retry} doubling up to
 * {@code pelita.outbox.max-retry}); after {@code pelita.outbox.max-attempts} attempts: FAILED.</li>
 * <li>Permanent failure (5xx reply, invalid address, a payload that cannot be rendered): FAILED at once.</li>
 * </ul>
 *
 * <p>
 * <b>Exactly once, nearly.</b> Claims ({@link OutboxStore#claim}) guarantee that two workers, on one node or on two,
 * never send one message at the same time. What no outbox can guarantee is the gap between the SMTP server
 * accepting a message and the SENT mark being committed: if the node dies in that gap, the claim is found
 * abandoned after {@code pelita.outbox.claim-timeout} and the message is sent again (at least once, never lost).
 * The gap is kept to one message: each message the server accepted is marked SENT at once, in a transaction of its
 * own, so a crash sends at most one message per worker (per SMTP connection) twice; the second copy has the same
 * Message-ID as the first.
 */
@Component
public class OutboxDelivery {

	/** The recurring delivery job ({@code internal.jobs.OutboxDeliveryJob}); triggered at once by reminders. */
	public static final JobKey JOB = JobKey.jobKey("outbox-delivery", "notification");

	static final String NO_SMTP = "E-mail not sent: no SMTP server configured (spring.mail.host)";

	static final String NO_ADDRESS = "E-mail not sent: the recipient has no e-mail address";

	static final String TURNED_OFF = "E-mail not sent: the recipient turned this kind of message off";

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	private static final TypeReference<Map<String, String>> PAYLOAD = new TypeReference<>() {
	};

	private final OutboxStore store;

	private final MailGateway gateway;

	private final MailComposer composer;

	private final MessageTemplates templates;

	private final PreferenceStore preferences;

	private final PersonDirectory people;

	private final JsonMapper json;

	private final OutboxSettings settings;

	private final Clock clock;

	private final String node;

	private final AtomicLong runs = new AtomicLong();

	OutboxDelivery(OutboxStore store, MailGateway gateway, MailComposer composer, MessageTemplates templates,
			PreferenceStore preferences, PersonDirectory people, JsonMapper json, OutboxSettings settings,
			Clock clock) {
		this.store = store;
		this.gateway = gateway;
		this.composer = composer;
		this.templates = templates;
		this.preferences = preferences;
		this.people = people;
		this.json = json;
		this.settings = settings;
		this.clock = clock;
		this.node = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Sends what is due; returns how many messages were sent by e-mail. */
	public int deliverDue() {
		long deadline = System.nanoTime() + this.settings.maxRun().toNanos();
		Instant now = this.clock.instant();
		int released = this.store.releaseAbandoned(now, now.minus(this.settings.claimTimeout()),
				this.settings.maxAttempts());
		if (released > 0) {
			log.warn("Released {} outbox messages whose delivery did not finish; they are sent again", released);
		}
		String run = this.node + "/" + this.runs.incrementAndGet();
		if (!this.gateway.configured()) {
			work(run + "/1", deadline);
			return 0;
		}
		int workers = this.settings.workers();
		if (workers == 1) {
			return work(run + "/1", deadline);
		}
		List<Future<Integer>> results = new ArrayList<>(workers);
		try (ExecutorService executor = Executors
			.newThreadPerTaskExecutor(Thread.ofPlatform().name("outbox-delivery-", 1).daemon().factory())) {
			for (int i = 1; i <= workers; i++) {
				String owner = run + "/" + i;
				results.add(executor.submit(() -> work(owner, deadline)));
			}
			int sent = 0;
			for (Future<Integer> result : results) {
				sent += result.get();
			}
			return sent;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Outbox delivery failed", ex.getCause());
		}
	}

	/**
	 * One worker: claim, send, write the outcomes, until nothing is due or the run's time is up. A message the SMTP
	 * server accepted is marked SENT at once; the other outcomes (skipped, failed, retry later) are written after
	 * the batch, since sending them again after a crash sends nothing twice.
	 */
	private int work(String owner, long deadline) {
		int sent = 0;
		MailGateway.Connection connection = null;
		try {
			while (System.nanoTime() < deadline) {
				List<Message> batch = this.store.claim(owner, this.settings.batchSize(), this.clock.instant());
				if (batch.isEmpty()) {
					break;
				}
				Recipients recipients = recipients(batch);
				List<Outcome> outcomes = new ArrayList<>(batch.size());
				String unreachable = null;
				for (Message message : batch) {
					if (unreachable != null) {
						outcomes.add(retryOrGiveUp(message, unreachable));
						continue;
					}
					Prepared prepared = prepare(message, recipients);
					if (prepared.outcome() != null) {
						outcomes.add(prepared.outcome());
						continue;
					}
					try {
						if (connection == null) {
							connection = this.gateway.connect();
						}
					}
					catch (Exception ex) {
						unreachable = "SMTP server unreachable: " + MailGateway.classify(ex).message();
						outcomes.add(retryOrGiveUp(message, unreachable));
						continue;
					}
					boolean accepted = false;
					try {
						connection.send(Objects.requireNonNull(prepared.mime()));
						accepted = true;
					}
					catch (Exception ex) {
						MailGateway.Failure failure = MailGateway.classify(ex);
						outcomes.add(failure.permanent() ? Outcome.failed(message.id(), failure.message())
								: retryOrGiveUp(message, failure.message()));
						if (!connection.isConnected()) {
							connection.close();
							connection = null;
						}
					}
					if (accepted) {
						// at once, in a transaction of its own: a crash from here on resends this message only
						this.store.markSent(message.id(), owner, this.clock.instant());
						sent++;
					}
				}
				this.store.record(outcomes, owner, this.clock.instant());
				if (unreachable != null) {
					log.warn("Outbox delivery paused: {}", unreachable);
					break;
				}
			}
		}
		finally {
			if (connection != null) {
				connection.close();
			}
		}
		return sent;
	}

	private record Prepared(@Nullable Outcome outcome, @Nullable MimeMessage mime) {
	}

	private Prepared prepare(Message message, Recipients recipients) {
		if (!this.gateway.configured()) {
			return new Prepared(Outcome.skipped(message.id(), NO_SMTP), null);
		}
		try {
			MessageTemplate template = MessageTemplate.of(message.template());
			Map<String, String> payload = this.json.readValue(message.payload(), PAYLOAD);
			Preferences chosen = message.accountId() == null ? Preferences.defaults()
					: recipients.preferences().getOrDefault(message.accountId(), Preferences.defaults());
			if (!chosen.wantsEmail(template.kind())) {
				return new Prepared(Outcome.skipped(message.id(), TURNED_OFF), null);
			}
			if (message.email() == null || message.email().isBlank()) {
				return new Prepared(Outcome.skipped(message.id(), NO_ADDRESS), null);
			}
			RenderedMessage rendered = this.templates.render(template, message.locale(),
					zone(message, recipients, payload), payload, recipients.name(message.accountId()));
			return new Prepared(null, this.composer.compose(this.gateway.session(), message.email(),
					this.composer.messageId(message.id(), message.createdAt()), rendered));
		}
		catch (Exception ex) {
			return new Prepared(Outcome.failed(message.id(), "Cannot compose the message: "
					+ MailGateway.classify(ex).message()), null);
		}
	}

	private Outcome retryOrGiveUp(Message message, String error) {
		int attempts = message.attempts() + 1;
		if (attempts >= this.settings.maxAttempts()) {
			return Outcome.failed(message.id(), error + " (given up after " + attempts + " attempts)");
		}
		return Outcome.retry(message.id(), error, this.clock.instant().plus(this.settings.backoff(attempts)));
	}

	/** The recipients of a batch as far as messages need them: name, time zone, preferences. */
	private record Recipients(Map<Long, String> names, Map<Long, ZoneId> zones, Map<Long, Preferences> preferences) {

		@Nullable String name(@Nullable Long accountId) {
			return accountId == null ? null : this.names.get(accountId);
		}

	}

	private Recipients recipients(List<Message> batch) {
		List<Long> accountIds = batch.stream().map(Message::accountId).filter(Objects::nonNull).distinct().toList();
		if (accountIds.isEmpty() || !this.gateway.configured()) {
			return new Recipients(Map.of(), Map.of(), Map.of());
		}
		Map<Long, String> names = new HashMap<>();
		for (PersonRef person : this.people.findAll(accountIds)) {
			names.put(person.accountId(), person.fullName());
		}
		return new Recipients(names, this.people.zones(accountIds), this.preferences.of(accountIds));
	}

	/** The recipient's zone: their account's, else the payload's {@code zone}, else WIB. */
	private static ZoneId zone(Message message, Recipients recipients, Map<String, String> payload) {
		if (message.accountId() != null && recipients.zones().containsKey(message.accountId())) {
			return recipients.zones().get(message.accountId());
		}
		String zone = payload.get("zone");
		if (zone != null) {
			try {
				return ZoneId.of(zone);
			}
			catch (DateTimeException ex) {
				return IndonesianTime.DEFAULT_ZONE;
			}
		}
		return IndonesianTime.DEFAULT_ZONE;
	}

	private static String hostName() {
		try {
			String name = InetAddress.getLocalHost().getHostName();
			return name.length() > 40 ? name.substring(0, 40) : name;
		}
		catch (UnknownHostException ex) {
			return "node";
		}
	}

}
