package id.pelita.liveclass.internal.zoom;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.liveclass.SessionStatus;
import id.pelita.liveclass.internal.SessionRecord;
import id.pelita.liveclass.internal.SessionRepository;
import id.pelita.liveclass.internal.ZoomJoinLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Participants as registrants of a session's Zoom meeting: on their first Join click the LMS registers them (name
 * and e-mail from the person directory) and keeps their personal join address, which later clicks reuse. Zoom
 * then names them by registrant id in webhooks and reports, so attendance is matched to the account. When Zoom
 * does not take registrants (an unlicensed host, a rate limit, an outage) the meeting's own join address is used.
 */
@Component
@Conditional(ZoomConfigured.class)
class ZoomRegistrants implements ZoomJoinLinks {

	private static final Logger log = LoggerFactory.getLogger(ZoomRegistrants.class);

	private static final int MAX_NAME = 64;

	private final JdbcTemplate jdbc;

	private final SessionRepository sessions;

	private final PersonDirectory people;

	private final ZoomClient zoom;

	private final Clock clock;

	ZoomRegistrants(JdbcTemplate jdbc, SessionRepository sessions, PersonDirectory people, ZoomClient zoom,
			Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.people = people;
		this.zoom = zoom;
		this.clock = clock;
	}

	@Override
	public Optional<String> joinUrlFor(long sessionId, long accountId) {
		SessionRecord session = this.sessions.findById(sessionId).orElse(null);
		if (session == null || !ZoomMeetingProvider.ID.equals(session.getProvider())
				|| session.getStatus() != SessionStatus.SCHEDULED || session.getMeetingId() == null) {
			return Optional.empty();
		}
		String meetingId = session.getMeetingId();
		Optional<String> known = registered(sessionId, accountId, meetingId);
		if (known.isPresent()) {
			return known;
		}
		PersonRef person = this.people.find(accountId).orElse(null);
		if (person == null || person.email() == null || person.email().isBlank()) {
			return Optional.empty();
		}
		ZoomClient.Registrant registrant;
		try {
			String[] name = splitName(person.fullName());
			registrant = this.zoom.addRegistrant(meetingId, person.email().strip(), name[0], name[1]);
		}
		catch (ZoomException failure) {
			log.info("Zoom did not register account {} for session {} ({}): the meeting's join address is used",
					accountId, sessionId, failure.getMessage());
			return Optional.empty();
		}
		this.jdbc.update("delete from zoom_registrant where session_id = ? and account_id = ? and meeting_id <> ?",
				sessionId, accountId, meetingId);
		this.jdbc.update("""
				insert into zoom_registrant (session_id, account_id, meeting_id, registrant_id, join_url, email,
				created_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", sessionId, accountId, meetingId,
				registrant.registrantId(), registrant.joinUrl(), person.email().strip(),
				Timestamp.from(this.clock.instant()));
		return registered(sessionId, accountId, meetingId);
	}

	/** The accounts the LMS registered for the session's meeting, by the registrant id Zoom gave them. */
	Map<String, Long> accountsByRegistrant(long sessionId) {
		Map<String, Long> accounts = new HashMap<>();
		this.jdbc.query("select registrant_id, account_id from zoom_registrant where session_id = ?",
				(RowCallbackHandler) rs -> accounts.put(rs.getString(1), rs.getLong(2)), sessionId);
		return accounts;
	}

	/** The session has a new meeting: the registrations of the old one are worth nothing. */
	void forget(long sessionId) {
		this.jdbc.update("delete from zoom_registrant where session_id = ?", sessionId);
	}

	private Optional<String> registered(long sessionId, long accountId, String meetingId) {
		return this.jdbc
			.queryForList("select join_url from zoom_registrant where session_id = ? and account_id = ? and meeting_id = ?",
					String.class, sessionId, accountId, meetingId)
			.stream()
			.findFirst();
	}

	/** First and last name as Zoom wants them: the last word is the last name; a one-word name has none. */
	static String[] splitName(String fullName) {
		String name = fullName.strip().replaceAll("\\s+", " ");
		int space = name.lastIndexOf(' ');
		if (space < 0) {
			return new String[] { cut(name), null };
		}
		return new String[] { cut(name.substring(0, space)), cut(name.substring(space + 1)) };
	}

	private static String cut(String text) {
		return text.length() <= MAX_NAME ? text : text.substring(0, MAX_NAME);
	}

}
