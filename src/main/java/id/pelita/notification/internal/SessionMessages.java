package id.pelita.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import id.pelita.enrolment.CohortNominated;
import id.pelita.enrolment.EnrolmentCancelled;
import id.pelita.enrolment.EnrolmentConfirmed;
import id.pelita.enrolment.EnrolmentPromoted;
import id.pelita.enrolment.NominationStatus;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionCancelled;
import id.pelita.liveclass.LiveSessionDirectory;
import id.pelita.liveclass.LiveSessionRescheduled;
import id.pelita.liveclass.LiveSessionScheduled;
import id.pelita.liveclass.SessionCalendar;
import id.pelita.liveclass.SessionStatus;
import id.pelita.shared.PublicUrl;
import id.pelita.shared.events.EventReceipts;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a run's confirmed participants that a session was scheduled, moved or cancelled, and invites people who get a
 * seat to the sessions ahead: one outbox message each, in their language. After the change commits, in a transaction
 * of its own (retried from the event publication registry when it fails); the session is read as it is when the
 * message is written. Each event is acted on once ({@link EventReceipts}: a session change by its sequence, an
 * enrolment change by its event id, a nomination by its id).
 */
@Component
class SessionMessages {

	static final String SCHEDULED = "session-scheduled";

	static final String MOVED = "session-moved";

	static final String CANCELLED = "session-cancelled";

	static final String WITHDRAWN = "session-withdrawn";

	static final String HAPPENING_NOW = "session-happening-now";

	private final LiveSessionDirectory sessions;

	private final PersonDirectory people;

	private final OutboxWriter outbox;

	private final PublicUrl publicUrl;

	private final Clock clock;

	static final String LISTENER = "notification.session-messages";

	private final SessionCalendar calendar;

	private final EventReceipts receipts;

	SessionMessages(LiveSessionDirectory sessions, PersonDirectory people, OutboxWriter outbox,
			PublicUrl publicUrl, Clock clock, SessionCalendar calendar, EventReceipts receipts) {
		this.receipts = receipts;
		this.clock = clock;
		this.calendar = calendar;
		this.sessions = sessions;
		this.people = people;
		this.outbox = outbox;
		this.publicUrl = publicUrl;
	}

	@ApplicationModuleListener
	void on(LiveSessionScheduled scheduled) {
		if (!first(SCHEDULED, scheduled.sessionId() + ":" + scheduled.sequence())) {
			return;
		}
		tell(scheduled.sessionId(), current -> current.asOf(scheduled.startsAt(), scheduled.endsAt(),
				SessionStatus.SCHEDULED, null, scheduled.sequence()), SCHEDULED, Map.of());
	}

	@ApplicationModuleListener
	void on(LiveSessionRescheduled moved) {
		if (!first(MOVED, moved.sessionId() + ":" + moved.sequence())) {
			return;
		}
		tell(moved.sessionId(), current -> current.asOf(moved.startsAt(), moved.endsAt(), SessionStatus.SCHEDULED,
				null, moved.sequence()), MOVED, Map.of("previousStartsAt", moved.previousStartsAt().toString()));
	}

	@ApplicationModuleListener
	void on(LiveSessionCancelled cancelled) {
		if (!first(CANCELLED, cancelled.sessionId() + ":" + cancelled.sequence())) {
			return;
		}
		tell(cancelled.sessionId(), current -> current.asOf(cancelled.startsAt(),
				cancelled.startsAt().plus(Duration.ofMinutes(current.durationMinutes())),
				SessionStatus.CANCELLED, cancelled.reason(), cancelled.sequence()), CANCELLED,
				Map.of("reason", cancelled.reason() == null ? "" : cancelled.reason()));
	}

	/** Someone who gets a seat after sessions were scheduled is invited to those still ahead. */
	@ApplicationModuleListener
	void on(EnrolmentConfirmed confirmed) {
		if (!first("enrolment-confirmed", confirmed.eventId().toString())) {
			return;
		}
		inviteToComing(confirmed.accountId(), confirmed.run().runId());
	}

	@ApplicationModuleListener
	void on(EnrolmentPromoted promoted) {
		if (!first("enrolment-promoted", promoted.eventId().toString())) {
			return;
		}
		inviteToComing(promoted.accountId(), promoted.run().runId());
	}

	@ApplicationModuleListener
	void on(CohortNominated nominated) {
		List<LiveSession> coming = coming(nominated.run().runId());
		if (coming.isEmpty() || !first("nomination", String.valueOf(nominated.nominationId()))) {
			return;
		}
		Instant now = this.clock.instant();
		List<Map<String, String>> perSession = coming.stream().map(this::parameters).toList();
		List<OutboxEntry> entries = new ArrayList<>();
		for (CohortNominated.Nominee nominee : nominated.nominees()) {
			if (nominee.status() == NominationStatus.CONFIRMED) {
				for (int i = 0; i < coming.size(); i++) {
					Map<String, String> parameters = new HashMap<>(perSession.get(i));
					boolean started = !coming.get(i).startsAt().isAfter(now);
					if (nominee.email() != null && !started) {
						parameters.put("ics", this.calendar.invitation(coming.get(i),
								new SessionCalendar.Attendee(nominee.email(), nominee.email(), nominee.language()),
								SessionCalendar.Method.REQUEST));
						parameters.put("icsMethod", SessionCalendar.Method.REQUEST.name());
					}
					entries.add(new OutboxEntry(nominee.accountId(), nominee.email(),
							started ? HAPPENING_NOW : SCHEDULED, nominee.language(), parameters));
				}
			}
		}
		if (!entries.isEmpty()) {
			this.outbox.enqueue(entries);
		}
	}

	/** The run's sessions not cancelled and not over yet: those ahead and the one in progress. */
	private List<LiveSession> coming(long runId) {
		Instant now = this.clock.instant();
		return this.sessions.ofRun(runId)
			.stream()
			.filter(session -> !session.cancelled() && session.endsAt().isAfter(now))
			.toList();
	}

	/** Someone who held a seat and left the run: the sessions still ahead leave their calendar. */
	@ApplicationModuleListener
	void on(EnrolmentCancelled cancelled) {
		if (!cancelled.seatFreed() || !first(WITHDRAWN, cancelled.eventId().toString())) {
			return;
		}
		List<LiveSession> coming = coming(cancelled.run().runId());
		PersonRef person = coming.isEmpty() ? null : this.people.find(cancelled.accountId()).orElse(null);
		if (person == null || person.email() == null || person.email().isBlank()) {
			return;
		}
		this.outbox.enqueue(coming.stream().map(session -> {
			Map<String, String> parameters = parameters(session);
			parameters.put("ics", this.calendar.invitation(session,
					new SessionCalendar.Attendee(person.fullName(), person.email(), person.language()),
					SessionCalendar.Method.CANCEL));
			parameters.put("icsMethod", SessionCalendar.Method.CANCEL.name());
			return new OutboxEntry(person.accountId(), person.email(), WITHDRAWN, person.language(), parameters);
		}).toList());
	}

	/**
	 * Invites someone who just got a seat to the run's sessions ahead (with a calendar invitation); for a session
	 * already in progress there is nothing to put in a calendar, so they are told it is happening now, with the link.
	 */
	private void inviteToComing(long accountId, long runId) {
		List<LiveSession> coming = coming(runId);
		if (coming.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		this.people.find(accountId).ifPresent(person -> this.outbox.enqueue(coming.stream().map(session -> {
			Map<String, String> parameters = parameters(session);
			if (!session.startsAt().isAfter(now)) {
				return new OutboxEntry(person.accountId(), person.email(), HAPPENING_NOW, person.language(),
						parameters);
			}
			invitation(session, person, parameters);
			return new OutboxEntry(person.accountId(), person.email(), SCHEDULED, person.language(), parameters);
		}).toList()));
	}

	private boolean first(String what, String key) {
		return this.receipts.firstTime(LISTENER, what + ":" + key);
	}

	/**
	 * Writes the message about a change to every participant. The listener runs after the change committed, maybe
	 * after a later change too, so the session is described as the event says it was (time, status, SEQUENCE) and
	 * only its unchanging facts (title, run, provider) are read now: a move read after the cancellation that
	 * followed it must still be REQUEST with its own SEQUENCE, or calendars would drop or revive the event.
	 */
	private void tell(long sessionId, UnaryOperator<LiveSession> asAtTheEvent, String template,
			Map<String, String> extra) {
		LiveSession session = asAtTheEvent.apply(this.sessions.find(sessionId).orElseThrow());
		List<PersonRef> recipients = this.people.findAll(this.sessions.participants(sessionId));
		List<OutboxEntry> entries = new ArrayList<>(recipients.size());
		for (PersonRef person : recipients) {
			Map<String, String> parameters = parameters(session);
			parameters.putAll(extra);
			invitation(session, person, parameters);
			entries.add(new OutboxEntry(person.accountId(), person.email(), template, person.language(), parameters));
		}
		if (!entries.isEmpty()) {
			this.outbox.enqueue(entries);
		}
	}

	/** The iCalendar invitation (or cancellation) for the person, when they have an e-mail address to send it to. */
	private void invitation(LiveSession session, PersonRef person, Map<String, String> parameters) {
		if (person.email() == null || person.email().isBlank()) {
			return;
		}
		SessionCalendar.Method method = SessionCalendar.Method.of(session);
		parameters.put("ics", this.calendar.invitation(session,
				new SessionCalendar.Attendee(person.fullName(), person.email(), person.language()), method));
		parameters.put("icsMethod", method.name());
	}

	/** What every message about a session carries. */
	Map<String, String> parameters(LiveSession session) {
		Map<String, String> parameters = new HashMap<>();
		parameters.put("sessionId", String.valueOf(session.id()));
		parameters.put("runId", String.valueOf(session.runId()));
		parameters.put("sessionTitle", session.title());
		parameters.put("courseTitle", session.courseTitle());
		parameters.put("runName", session.runName());
		parameters.put("startsAt", session.startsAt().toString());
		parameters.put("endsAt", session.endsAt().toString());
		parameters.put("zone", session.zone().getId());
		parameters.put("durationMinutes", String.valueOf(session.durationMinutes()));
		parameters.put("provider", session.provider());
		parameters.put("sequence", String.valueOf(session.sequence()));
		parameters.put("pageUrl", this.publicUrl.link("/sesi/" + session.id()));
		return parameters;
	}

}
