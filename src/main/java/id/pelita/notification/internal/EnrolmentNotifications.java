package id.pelita.notification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pelita.enrolment.CohortNominated;
import id.pelita.enrolment.EnrolledRun;
import id.pelita.enrolment.EnrolmentCancelled;
import id.pelita.enrolment.EnrolmentConfirmed;
import id.pelita.enrolment.EnrolmentPromoted;
import id.pelita.enrolment.EnrolmentRejected;
import id.pelita.enrolment.EnrolmentWaitlisted;
import id.pelita.enrolment.NominationStatus;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.events.EventReceipts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the messages about enrolments to the outbox, after the enrolment's transaction commits, in a transaction of
 * its own: the event publication registry stored the event with the enrolment, so a message that fails to be written
 * is retried (never lost), and the enrolment stands whatever happens here. Each event is acted on once
 * ({@link EventReceipts}, keyed by the event's id or the nomination), however often it is delivered. A cohort
 * nomination becomes one batch of messages.
 */
@Component
class EnrolmentNotifications {

	static final String CONFIRMED = "enrolment-confirmed";

	static final String WAITLISTED = "enrolment-waitlisted";

	static final String PROMOTED = "enrolment-promoted";

	static final String REJECTED = "enrolment-rejected";

	static final String REMOVED = "enrolment-removed";

	static final String NOMINATION_RESULT = "nomination-result";

	private final OutboxWriter outbox;

	static final String LISTENER = "notification.enrolment-messages";

	private final PersonDirectory people;

	private final EventReceipts receipts;

	EnrolmentNotifications(OutboxWriter outbox, PersonDirectory people, EventReceipts receipts) {
		this.outbox = outbox;
		this.people = people;
		this.receipts = receipts;
	}

	@ApplicationModuleListener
	void on(EnrolmentConfirmed confirmed) {
		if (!first(CONFIRMED, confirmed.eventId())) {
			return;
		}
		Map<String, String> parameters = run(confirmed.run());
		parameters.put("source", confirmed.source().name());
		send(confirmed.accountId(), CONFIRMED, parameters);
	}

	@ApplicationModuleListener
	void on(EnrolmentWaitlisted waitlisted) {
		if (!first(WAITLISTED, waitlisted.eventId())) {
			return;
		}
		Map<String, String> parameters = run(waitlisted.run());
		parameters.put("position", String.valueOf(waitlisted.position()));
		send(waitlisted.accountId(), WAITLISTED, parameters);
	}

	@ApplicationModuleListener
	void on(EnrolmentPromoted promoted) {
		if (!first(PROMOTED, promoted.eventId())) {
			return;
		}
		send(promoted.accountId(), PROMOTED, run(promoted.run()));
	}

	@ApplicationModuleListener
	void on(EnrolmentRejected rejected) {
		if (!first(REJECTED, rejected.eventId())) {
			return;
		}
		Map<String, String> parameters = run(rejected.run());
		parameters.put("reason", rejected.reason());
		send(rejected.accountId(), REJECTED, parameters);
	}

	/** Participants who cancel know it; those an organiser removed are told why. */
	@ApplicationModuleListener
	void on(EnrolmentCancelled cancelled) {
		if (cancelled.byParticipant() || !first(REMOVED, cancelled.eventId())) {
			return;
		}
		Map<String, String> parameters = run(cancelled.run());
		parameters.put("reason", cancelled.reason() == null ? "" : cancelled.reason());
		send(cancelled.accountId(), REMOVED, parameters);
	}

	@ApplicationModuleListener
	void on(CohortNominated nominated) {
		if (!this.receipts.firstTime(LISTENER, NOMINATION_RESULT + ":" + nominated.nominationId())) {
			return;
		}
		List<OutboxEntry> entries = new ArrayList<>(nominated.nominees().size() + 1);
		Map<String, String> common = run(nominated.run());
		common.put("nominated", "true");
		long confirmed = 0;
		long waitlisted = 0;
		for (CohortNominated.Nominee nominee : nominated.nominees()) {
			Map<String, String> parameters = new HashMap<>(common);
			if (nominee.status() == NominationStatus.WAITLISTED) {
				waitlisted++;
				parameters.put("position", String.valueOf(nominee.waitlistPosition()));
				entries.add(new OutboxEntry(nominee.accountId(), nominee.email(), WAITLISTED, nominee.language(),
						parameters));
			}
			else {
				confirmed++;
				entries.add(new OutboxEntry(nominee.accountId(), nominee.email(), CONFIRMED, nominee.language(),
						parameters));
			}
		}
		PersonRef coordinator = this.people.find(nominated.coordinatorAccountId()).orElse(null);
		if (coordinator != null) {
			Map<String, String> summary = run(nominated.run());
			summary.put("nominationId", String.valueOf(nominated.nominationId()));
			summary.put("confirmed", String.valueOf(confirmed));
			summary.put("waitlisted", String.valueOf(waitlisted));
			summary.put("refused", String.valueOf(nominated.refused()));
			entries.add(new OutboxEntry(coordinator.accountId(), coordinator.email(), NOMINATION_RESULT,
					coordinator.language(), summary));
		}
		if (!entries.isEmpty()) {
			this.outbox.enqueue(entries);
		}
	}

	private boolean first(String template, UUID eventId) {
		return this.receipts.firstTime(LISTENER, template + ":" + eventId);
	}

	private void send(long accountId, String template, Map<String, String> parameters) {
		this.people.find(accountId)
			.ifPresent(person -> this.outbox.enqueue(
					List.of(new OutboxEntry(person.accountId(), person.email(), template, person.language(),
							parameters))));
	}

	private static Map<String, String> run(EnrolledRun run) {
		Map<String, String> parameters = new HashMap<>();
		parameters.put("runId", String.valueOf(run.runId()));
		parameters.put("courseTitle", run.courseTitle());
		parameters.put("runName", run.runName());
		parameters.put("startsOn", run.startsOn().toString());
		parameters.put("endsOn", run.endsOn().toString());
		return parameters;
	}

}
