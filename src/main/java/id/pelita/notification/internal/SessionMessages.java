package id.pelita.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import id.pelita.shared.PublicUrl;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a run's confirmed participants that a session was scheduled, moved or cancelled, in the transaction of the
 * change: one outbox message each, in their language.
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

	private final SessionCalendar calendar;

	SessionMessages(LiveSessionDirectory sessions, PersonDirectory people, OutboxWriter outbox,
			PublicUrl publicUrl, Clock clock, SessionCalendar calendar) {
		this.clock = clock;
		this.calendar = calendar;
		this.sessions = sessions;
		this.people = people;
		this.outbox = outbox;
		this.publicUrl = publicUrl;
	}

	@EventListener
	void on(LiveSessionScheduled scheduled) {
		tell(scheduled.sessionId(), SCHEDULED, Map.of());
	}

	@EventListener
	void on(LiveSessionRescheduled moved) {
		tell(moved.sessionId(), MOVED, Map.of("previousStartsAt", moved.previousStartsAt().toString()));
	}

	@EventListener
	void on(LiveSessionCancelled cancelled) {
		tell(cancelled.sessionId(), CANCELLED,
				Map.of("reason", cancelled.reason() == null ? "" : cancelled.reason()));
	}

	/** Someone who gets a seat after sessions were scheduled is invited to those still ahead. */
	@EventListener
	void on(EnrolmentConfirmed confirmed) {
		inviteToComing(confirmed.accountId(), confirmed.run().runId());
	}

	@EventListener
	void on(EnrolmentPromoted promoted) {
		inviteToComing(promoted.accountId(), promoted.run().runId());
	}

	@EventListener
	void on(CohortNominated nominated) {
		List<LiveSession> coming = coming(nominated.run().runId());
		if (coming.isEmpty()) {
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
	@EventListener
	void on(EnrolmentCancelled cancelled) {
		if (!cancelled.seatFreed()) {
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

	private void tell(long sessionId, String template, Map<String, String> extra) {
		LiveSession session = this.sessions.find(sessionId).orElseThrow();
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
