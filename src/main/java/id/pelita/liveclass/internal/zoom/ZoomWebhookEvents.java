package id.pelita.liveclass.internal.zoom;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import id.pelita.liveclass.AttendanceSource;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.liveclass.internal.SessionRecord;
import id.pelita.liveclass.internal.SessionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a verified Zoom webhook delivery means for the LMS: {@code meeting.participant_joined} opens an attendance
 * interval of the matched account (source ZOOM_WEBHOOK, keyed by the participant and join time, so a repeated
 * delivery changes nothing), {@code meeting.participant_left} closes it, {@code meeting.ended} asks for the
 * participants report ten minutes later. Participants no account matches are kept as unmatched; the session's
 * host is left out. Events of meetings the LMS does not know are ignored.
 */
@Service
@Conditional(ZoomConfigured.class)
public class ZoomWebhookEvents {

	private static final Logger log = LoggerFactory.getLogger(ZoomWebhookEvents.class);

	private final SessionRepository sessions;

	private final ZoomAttendees attendees;

	private final AttendanceLedger ledger;

	private final ZoomUnmatchedParticipants unmatched;

	private final ZoomJobs jobs;

	private final Clock clock;

	ZoomWebhookEvents(SessionRepository sessions, ZoomAttendees attendees, AttendanceLedger ledger,
			ZoomUnmatchedParticipants unmatched, ZoomJobs jobs, Clock clock) {
		this.sessions = sessions;
		this.attendees = attendees;
		this.ledger = ledger;
		this.unmatched = unmatched;
		this.jobs = jobs;
		this.clock = clock;
	}

	/** Handles one verified delivery (the URL validation is answered by the controller). */
	@Transactional
	public void handle(JsonNode delivery) {
		String event = ZoomAnswer.text(delivery, "event");
		JsonNode object = delivery.path("payload").path("object");
		String meetingId = ZoomAnswer.text(object, "id");
		if (event == null || meetingId == null) {
			return;
		}
		SessionRecord session = this.sessions.findByProviderAndMeetingId(ZoomMeetingProvider.ID, meetingId).orElse(null);
		if (session == null) {
			log.debug("Zoom event {} for meeting {}, which no session has", event, meetingId);
			return;
		}
		switch (event) {
			case "meeting.participant_joined" -> joined(session, object.path("participant"), delivery);
			case "meeting.participant_left" -> left(session, object.path("participant"), delivery);
			case "meeting.ended" -> this.jobs.importAt(session.getId(),
					this.clock.instant().plus(ZoomMeetings.IMPORT_DELAY), ZoomAnswer.text(object, "uuid"));
			default -> log.debug("Zoom event {} is not used", event);
		}
	}

	private void joined(SessionRecord session, JsonNode participant, JsonNode delivery) {
		Instant joinedAt = time(participant, "join_time", delivery);
		String who = who(participant);
		String email = ZoomAnswer.text(participant, "email");
		ZoomAttendees.Lookup lookup = this.attendees.of(session);
		if (lookup.host(email)) {
			return;
		}
		Long account = lookup.account(ZoomAnswer.text(participant, "registrant_id"), email);
		String key = "webhook:" + who + ":" + joinedAt;
		if (account != null) {
			this.ledger.open(session.getId(), account, AttendanceSource.ZOOM_WEBHOOK, key, joinedAt);
		}
		else {
			this.unmatched.joined(session.getId(), AttendanceSource.ZOOM_WEBHOOK, key, who,
					ZoomAnswer.text(participant, "user_name"), email, joinedAt, null);
		}
	}

	private void left(SessionRecord session, JsonNode participant, JsonNode delivery) {
		Instant leftAt = time(participant, "leave_time", delivery);
		String email = ZoomAnswer.text(participant, "email");
		ZoomAttendees.Lookup lookup = this.attendees.of(session);
		if (lookup.host(email)) {
			return;
		}
		Long account = lookup.account(ZoomAnswer.text(participant, "registrant_id"), email);
		if (account != null) {
			this.ledger.closeLatest(session.getId(), account, AttendanceSource.ZOOM_WEBHOOK, leftAt);
		}
		else {
			this.unmatched.left(session.getId(), who(participant), leftAt);
		}
	}

	/** The participant as steadily as Zoom names them: participant UUID, else per-meeting user id, else user id. */
	private static String who(JsonNode participant) {
		for (String field : new String[] { "participant_uuid", "user_id", "id", "user_name" }) {
			String value = ZoomAnswer.text(participant, field);
			if (value != null) {
				return value;
			}
		}
		return "unknown";
	}

	/** The participant's join or leave time, else the time of the event ({@code event_ts}, milliseconds). */
	private Instant time(JsonNode participant, String field, JsonNode delivery) {
		String text = ZoomAnswer.text(participant, field);
		if (text != null) {
			try {
				return Instant.parse(text);
			}
			catch (DateTimeParseException ex) {
				// fall through to the event time
			}
		}
		JsonNode eventTs = delivery.path("event_ts");
		return eventTs.isNumber() ? Instant.ofEpochMilli(eventTs.asLong()) : this.clock.instant();
	}

}
