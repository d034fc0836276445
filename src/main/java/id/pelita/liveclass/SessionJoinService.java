package id.pelita.liveclass;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.liveclass.internal.JitsiTokens;
import id.pelita.liveclass.internal.JitsiTokens.JitsiUser;
import id.pelita.liveclass.internal.JoinClicks;
import id.pelita.liveclass.internal.SessionRecord;
import id.pelita.liveclass.internal.SessionRepository;
import id.pelita.liveclass.internal.ZoomJoinLinks;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining a session from its page, for the people {@link LiveSessionService#session(long)} lets in (confirmed
 * participants of the run, organisers, administrators), and only while Join is open (15 minutes before the start
 * until the end).
 * <ul>
 * <li>Jitsi: the page embeds the meeting; the browser reports joined / still there (every minute) / left with a
 * key it draws per join, and each join becomes an attendance interval (source {@code JITSI}). Times are the
 * server's clock, never the browser's. Heartbeats and leaves arriving after the end are stamped at the end.</li>
 * <li>Zoom: the click is recorded and the person is sent to their own join address (as a registrant, when Zoom
 * is configured), else the meeting's.</li>
 * </ul>
 */
@Service
public class SessionJoinService {

	private static final Pattern CLIENT_KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

	private final LiveSessionService sessions;

	private final SessionRepository records;

	private final AttendanceLedger ledger;

	private final JitsiSettings jitsi;

	private final JitsiTokens tokens;

	private final PersonDirectory people;

	private final JoinClicks clicks;

	private final ObjectProvider<ZoomJoinLinks> zoomLinks;

	private final Clock clock;

	SessionJoinService(LiveSessionService sessions, SessionRepository records, AttendanceLedger ledger,
			JitsiSettings jitsi, JitsiTokens tokens, PersonDirectory people, JoinClicks clicks,
			ObjectProvider<ZoomJoinLinks> zoomLinks, Clock clock) {
		this.sessions = sessions;
		this.records = records;
		this.ledger = ledger;
		this.jitsi = jitsi;
		this.tokens = tokens;
		this.people = people;
		this.clicks = clicks;
		this.zoomLinks = zoomLinks;
		this.clock = clock;
	}

	/** The embedding of the session's Jitsi meeting for the signed-in person, with their token if needed. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public JitsiJoin jitsi(long sessionId) {
		LiveSession session = openSession(sessionId, VideoProvider.JITSI);
		SessionRecord record = this.records.findById(sessionId)
			.orElseThrow(() -> new UserFacingException("liveclass.error.notFound"));
		String room = record.getRoomName();
		if (room == null) {
			throw new UserFacingException("attendance.error.meetingNotReady");
		}
		PelitaUser me = CurrentUser.require();
		PersonRef person = this.people.find(me.accountId()).orElse(null);
		String name = person == null || person.fullName().isBlank() ? me.displayName() : person.fullName();
		String email = person == null ? null : person.email();
		boolean host = host(session, me);
		String jwt = this.jitsi.tokenAuth() ? this.tokens.token(room, session.joinOpensAt(), session.endsAt(),
				new JitsiUser(String.valueOf(me.accountId()), name, email), host) : null;
		return new JitsiJoin(this.jitsi.domain(), room, jwt, name, email, host, session.title());
	}

	/** The browser joined the conference: opens an interval now. False when this key was already reported. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public boolean joined(long sessionId, String clientKey) {
		openSession(sessionId, VideoProvider.JITSI);
		long me = CurrentUser.require().accountId();
		return this.ledger.open(sessionId, me, AttendanceSource.JITSI, key(me, clientKey), this.clock.instant());
	}

	/** Still in the conference: extends the join's interval to now (at most to the end). */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public boolean stillThere(long sessionId, String clientKey) {
		LiveSession session = this.sessions.session(sessionId);
		long me = CurrentUser.require().accountId();
		return this.ledger.heartbeat(sessionId, me, AttendanceSource.JITSI, key(me, clientKey), stamp(session));
	}

	/** Left the conference (or closed the page): closes the join's interval now (at most at the end). */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public boolean left(long sessionId, String clientKey) {
		LiveSession session = this.sessions.session(sessionId);
		long me = CurrentUser.require().accountId();
		return this.ledger.close(sessionId, me, AttendanceSource.JITSI, key(me, clientKey), stamp(session));
	}

	/** Records the click on Join of a Zoom session and answers where to send the person. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public String zoom(long sessionId) {
		LiveSession session = openSession(sessionId, VideoProvider.ZOOM);
		long me = CurrentUser.require().accountId();
		ZoomJoinLinks links = this.zoomLinks.getIfAvailable();
		String url = links == null ? null : links.joinUrlFor(sessionId, me).orElse(null);
		if (url == null) {
			url = session.joinUrl();
		}
		if (url == null || session.meetingState() != MeetingState.READY) {
			throw new UserFacingException("attendance.error.meetingNotReady");
		}
		this.clicks.record(sessionId, me, this.clock.instant());
		return url;
	}

	private LiveSession openSession(long sessionId, VideoProvider provider) {
		LiveSession session = this.sessions.session(sessionId);
		if (session.provider() != provider) {
			throw new UserFacingException("attendance.error.otherProvider");
		}
		Instant now = this.clock.instant();
		if (session.cancelled()) {
			throw new UserFacingException("liveclass.error.cancelled");
		}
		if (now.isBefore(session.joinOpensAt())) {
			throw new UserFacingException("attendance.error.notOpenYet");
		}
		if (!session.joinOpenAt(now)) {
			throw new UserFacingException("attendance.error.ended");
		}
		return session;
	}

	private Instant stamp(LiveSession session) {
		Instant now = this.clock.instant();
		return now.isAfter(session.endsAt()) ? session.endsAt() : now;
	}

	/** The stored key: the person's own namespace, so that nobody can touch another person's interval. */
	private static String key(long accountId, String clientKey) {
		if (clientKey == null || !CLIENT_KEY.matcher(clientKey).matches()) {
			throw new UserFacingException("attendance.error.badKey");
		}
		return "browser-" + accountId + "-" + clientKey;
	}

	static boolean host(LiveSession session, PelitaUser user) {
		return user.hasRole(Role.ORGANISER) || user.hasRole(Role.ADMIN)
				|| Objects.equals(session.hostAccountId(), user.accountId());
	}

}
