package id.pelita.liveclass;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.liveclass.internal.JoinClicks;
import id.pelita.liveclass.internal.SessionRecord;
import id.pelita.liveclass.internal.SessionRepository;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining a session from its page, for the people {@link LiveSessionService#session(long)} lets in (confirmed
 * participants of the run, organisers, administrators), and only while Join is open (15 minutes before the start
 * until the end). The session's {@link VideoMeetingProvider} says where Join goes:
 * <ul>
 * <li>a meeting embedded in the page (Jitsi): the browser reports joined / still there (every minute) / left with a
 * key it draws per join, and each join becomes an attendance interval under the provider's page source
 * ({@code JITSI}). Times are the server's clock, never the browser's. Heartbeats and leaves arriving after the end
 * are stamped at the end.</li>
 * <li>a link (Zoom: the person's registrant link, else the meeting's): the click is recorded and the person is sent
 * there.</li>
 * </ul>
 */
@Service
public class SessionJoinService {

	private static final Pattern CLIENT_KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

	private final LiveSessionService sessions;

	private final SessionRepository records;

	private final AttendanceLedger ledger;

	private final VideoProviders providers;

	private final PersonDirectory people;

	private final JoinClicks clicks;

	private final Clock clock;

	SessionJoinService(LiveSessionService sessions, SessionRepository records, AttendanceLedger ledger,
			VideoProviders providers, PersonDirectory people, JoinClicks clicks, Clock clock) {
		this.sessions = sessions;
		this.records = records;
		this.ledger = ledger;
		this.providers = providers;
		this.people = people;
		this.clicks = clicks;
		this.clock = clock;
	}

	/** Whether Join shows the session's meeting in the page ({@link #embedding}), else it opens a {@link #link}. */
	public boolean embeds(LiveSession session) {
		return this.providers.find(session.provider()).map(VideoMeetingProvider::embedded).orElse(false);
	}

	/** The embedding of the session's meeting for the signed-in person, with their token if the server wants one. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public JitsiJoin embedding(long sessionId) {
		if (!(join(sessionId, true) instanceof JitsiJoin embedded)) {
			throw new UserFacingException("attendance.error.otherProvider");
		}
		return embedded;
	}

	/** Records the click on Join of a meeting that opens at its provider and answers where to send the person. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public String link(long sessionId) {
		if (!(join(sessionId, false) instanceof MeetingLink link)) {
			throw new UserFacingException("attendance.error.otherProvider");
		}
		this.clicks.record(sessionId, CurrentUser.require().accountId(), this.clock.instant());
		return link.url();
	}

	/** The browser joined the conference: opens an interval now. False when this key was already reported. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public boolean joined(long sessionId, String clientKey) {
		LiveSession session = this.sessions.session(sessionId);
		AttendanceSource source = pageSource(session);
		if (source == null) {
			throw new UserFacingException("attendance.error.otherProvider");
		}
		requireOpen(session);
		long me = CurrentUser.require().accountId();
		return this.ledger.open(sessionId, me, source, key(me, clientKey), this.clock.instant());
	}

	/** Still in the conference: extends the join's interval to now (at most to the end). */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public boolean stillThere(long sessionId, String clientKey) {
		LiveSession session = this.sessions.session(sessionId);
		long me = CurrentUser.require().accountId();
		String key = key(me, clientKey);
		AttendanceSource source = pageSource(session);
		return source != null && this.ledger.heartbeat(sessionId, me, source, key, stamp(session));
	}

	/** Left the conference (or closed the page): closes the join's interval now (at most at the end). */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public boolean left(long sessionId, String clientKey) {
		LiveSession session = this.sessions.session(sessionId);
		long me = CurrentUser.require().accountId();
		String key = key(me, clientKey);
		AttendanceSource source = pageSource(session);
		return source != null && this.ledger.close(sessionId, me, source, key, stamp(session));
	}

	/** Asks the session's provider where the signed-in person goes, if its meetings open the way the page expects. */
	private JoinTarget join(long sessionId, boolean embedded) {
		LiveSession session = this.sessions.session(sessionId);
		VideoMeetingProvider provider = this.providers.find(session.provider())
			.filter(candidate -> candidate.embedded() == embedded)
			.orElseThrow(() -> new UserFacingException("attendance.error.otherProvider"));
		requireOpen(session);
		SessionRecord record = this.records.findById(sessionId)
			.orElseThrow(() -> new UserFacingException("liveclass.error.notFound"));
		PelitaUser me = CurrentUser.require();
		PersonRef person = this.people.find(me.accountId()).orElse(null);
		String name = person == null || person.fullName().isBlank() ? me.displayName() : person.fullName();
		String email = person == null ? null : person.email();
		return provider.join(SessionViews.meeting(record),
				new MeetingParticipant(me.accountId(), name, email, host(session, me)));
	}

	private void requireOpen(LiveSession session) {
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
	}

	private @Nullable AttendanceSource pageSource(LiveSession session) {
		return this.providers.find(session.provider()).flatMap(VideoMeetingProvider::pageAttendance).orElse(null);
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
