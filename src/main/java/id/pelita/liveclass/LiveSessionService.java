package id.pelita.liveclass;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.catalog.RunStatus;
import id.pelita.enrolment.RunRoster;
import id.pelita.liveclass.internal.SessionRecord;
import id.pelita.liveclass.internal.SessionRepository;
import id.pelita.liveclass.internal.ZoomMeetingSync;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live sessions of runs: organisers schedule, move and cancel them; confirmed participants (and organisers) open
 * and join them. Every change publishes its event in the same transaction (invitations, updates and cancellations
 * to participants, reminder triggers); a Zoom session's meeting follows through {@link ZoomMeetingSync}.
 */
@Service
public class LiveSessionService {

	static final int MAX_TITLE = 200;

	static final int MIN_DURATION = 15;

	static final int MAX_DURATION = 600;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] ROOM_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private final SessionRepository sessions;

	private final RunService runs;

	private final SessionViews views;

	private final RunRoster roster;

	private final JitsiSettings jitsi;

	private final ObjectProvider<ZoomMeetingSync> zoom;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LiveSessionService(SessionRepository sessions, RunService runs, SessionViews views, RunRoster roster, JitsiSettings jitsi,
			ObjectProvider<ZoomMeetingSync> zoom, ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.runs = runs;
		this.views = views;
		this.roster = roster;
		this.jitsi = jitsi;
		this.zoom = zoom;
		this.events = events;
		this.clock = clock;
	}

	/** Whether Zoom credentials are configured, so that Zoom can be chosen. */
	public boolean zoomAvailable() {
		return this.zoom.getIfAvailable() != null;
	}

	// Organiser

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public long schedule(SessionDraft draft) {
		Instant now = this.clock.instant();
		RunDetails run = schedulableRun(draft.runId());
		String title = checkedTitle(draft.title());
		Instant start = checkedStart(draft.date(), draft.time(), draft.zone(), draft.durationMinutes(), now);
		if (draft.provider() == VideoProvider.ZOOM && !zoomAvailable()) {
			throw new UserFacingException("liveclass.error.zoomNotConfigured");
		}
		PelitaUser me = CurrentUser.require();
		SessionRecord session = new SessionRecord(run.id(), draft.provider(), me.accountId(), now);
		session.schedule(start, draft.durationMinutes(), draft.zone(), now);
		session.describe(title, draft.hostAccountId() == null ? me.accountId() : draft.hostAccountId(),
				blankToNull(draft.instructor()), now);
		if (draft.provider() == VideoProvider.JITSI) {
			String room = newRoomName();
			session.room(room, this.jitsi.roomUrl(room));
		}
		long id = this.sessions.saveAndFlush(session).getId();
		this.events.publishEvent(new LiveSessionScheduled(id, run.id(), start, session.endsAt(), 0));
		syncMeeting(session);
		return id;
	}

	/** Moves a session to a new start and/or duration: same UID, SEQUENCE + 1, reminders follow. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void move(long sessionId, LocalDate date, LocalTime time, ZoneId zone, int durationMinutes) {
		Instant now = this.clock.instant();
		SessionRecord session = this.sessions.lock(sessionId)
			.orElseThrow(() -> new UserFacingException("liveclass.error.notFound"));
		requireChangeable(session, now);
		Instant start = checkedStart(date, time, zone, durationMinutes, now);
		if (start.equals(session.getStartsAt()) && durationMinutes == session.getDurationMinutes()) {
			throw new UserFacingException("liveclass.error.sameTime");
		}
		Instant previous = session.getStartsAt();
		session.schedule(start, durationMinutes, zone, now);
		session.raiseSequence();
		this.sessions.flush();
		this.events.publishEvent(new LiveSessionRescheduled(sessionId, session.getRunId(), previous, start,
				session.endsAt(), session.getSequence()));
		syncMeeting(session);
	}

	/** Title, host and instructor: shown on pages and in later invitations; the time does not change. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void describe(long sessionId, String title, @Nullable Long hostAccountId, @Nullable String instructor) {
		Instant now = this.clock.instant();
		SessionRecord session = this.sessions.lock(sessionId)
			.orElseThrow(() -> new UserFacingException("liveclass.error.notFound"));
		if (session.getStatus() == SessionStatus.CANCELLED) {
			throw new UserFacingException("liveclass.error.cancelled");
		}
		String newTitle = checkedTitle(title);
		String newInstructor = blankToNull(instructor);
		boolean meetingChanges = !newTitle.equals(session.getTitle())
				|| !java.util.Objects.equals(newInstructor, session.getInstructor());
		session.describe(newTitle, hostAccountId == null ? session.getHostAccountId() : hostAccountId, newInstructor,
				now);
		if (meetingChanges) {
			syncMeeting(session);
		}
	}

	/** Adds (or removes, with blank) the recording link, usually after the session. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void recording(long sessionId, @Nullable String url) {
		SessionRecord session = this.sessions.findById(sessionId)
			.orElseThrow(() -> new UserFacingException("liveclass.error.notFound"));
		String link = blankToNull(url);
		if (link != null && !isWebAddress(link)) {
			throw new UserFacingException("liveclass.error.recordingUrl");
		}
		session.recording(link, this.clock.instant());
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void cancel(long sessionId, @Nullable String reason) {
		Instant now = this.clock.instant();
		SessionRecord session = this.sessions.lock(sessionId)
			.orElseThrow(() -> new UserFacingException("liveclass.error.notFound"));
		requireChangeable(session, now);
		String why = blankToNull(reason);
		if (why != null && why.length() > 500) {
			throw new UserFacingException("liveclass.error.reasonTooLong", 500);
		}
		session.cancel(why, now);
		this.sessions.flush();
		this.events.publishEvent(new LiveSessionCancelled(sessionId, session.getRunId(), session.getStartsAt(),
				session.getSequence(), why));
		syncMeeting(session);
	}

	/** The sessions of a run, for its organiser page; cancelled ones included. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<LiveSession> sessionsOfRun(long runId) {
		return views(this.sessions.findByRunIdOrderByStartsAt(runId), true);
	}

	/** Every session starting in the month, as seen from the zone, for the organisers' calendar. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<LiveSession> sessionsOfMonth(YearMonth month, ZoneId zone) {
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		return views(this.sessions.startingBetween(from, to), true);
	}

	// Everyone signed in

	/**
	 * The schedule of a run as its public page shows it: times and titles for everybody, join addresses only for
	 * confirmed participants and organisers.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<LiveSession> schedule(long runId) {
		PelitaUser me = CurrentUser.require();
		boolean insider = organiser(me) || this.roster.isConfirmed(runId, me.accountId());
		return views(this.sessions.findByRunIdOrderByStartsAt(runId), insider);
	}

	/** One session for its page: only for confirmed participants of its run and for organisers. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public LiveSession session(long sessionId) {
		SessionRecord session = this.sessions.findById(sessionId)
			.orElseThrow(() -> new UserFacingException("liveclass.error.notFound"));
		PelitaUser me = CurrentUser.require();
		if (!organiser(me) && !this.roster.isConfirmed(session.getRunId(), me.accountId())) {
			throw new OutsideScopeException("liveclass.error.notParticipant");
		}
		return views(List.of(session), true).getFirst();
	}

	/** The signed-in person's sessions in runs where they hold a confirmed seat, in time order. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<LiveSession> mySessions() {
		Set<Long> runIds = this.roster.confirmedRuns(CurrentUser.require().accountId());
		return runIds.isEmpty() ? List.of() : views(this.sessions.findByRunIdInOrderByStartsAt(runIds), true);
	}

	/** The signed-in person's next session that has not ended yet, if any. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public java.util.Optional<LiveSession> myNextSession() {
		Instant now = this.clock.instant();
		return mySessions().stream().filter(s -> !s.cancelled() && s.endsAt().isAfter(now)).findFirst();
	}

	private List<LiveSession> views(Collection<SessionRecord> records, boolean withJoinUrl) {
		return this.views.of(records, withJoinUrl);
	}

	private void syncMeeting(SessionRecord session) {
		if (session.getProvider() == VideoProvider.ZOOM) {
			ZoomMeetingSync sync = this.zoom.getIfAvailable();
			if (sync == null) {
				session.meetingFailed("Zoom is not configured", this.clock.instant());
			}
			else {
				session.meetingPending(null, null, this.clock.instant());
				sync.requestSync(session.getId());
			}
		}
	}

	private RunDetails schedulableRun(long runId) {
		RunDetails run;
		try {
			run = this.runs.run(runId);
		}
		catch (UserFacingException ex) {
			throw new UserFacingException("liveclass.error.runNotFound");
		}
		if (run.status() == RunStatus.CANCELLED || run.status() == RunStatus.FINISHED) {
			throw new UserFacingException("liveclass.error.runClosed");
		}
		return run;
	}

	private static void requireChangeable(SessionRecord session, Instant now) {
		if (session.getStatus() == SessionStatus.CANCELLED) {
			throw new UserFacingException("liveclass.error.cancelled");
		}
		if (!session.endsAt().isAfter(now)) {
			throw new UserFacingException("liveclass.error.over");
		}
	}

	private static String checkedTitle(@Nullable String title) {
		String trimmed = title == null ? "" : title.strip();
		if (trimmed.isEmpty()) {
			throw new UserFacingException("liveclass.error.titleRequired");
		}
		if (trimmed.length() > MAX_TITLE) {
			throw new UserFacingException("liveclass.error.titleTooLong", MAX_TITLE);
		}
		return trimmed;
	}

	private static Instant checkedStart(@Nullable LocalDate date, @Nullable LocalTime time, @Nullable ZoneId zone,
			int durationMinutes, Instant now) {
		if (date == null || time == null) {
			throw new UserFacingException("liveclass.error.startRequired");
		}
		if (zone == null || !IndonesianTime.ZONES.contains(zone)) {
			throw new UserFacingException("liveclass.error.zone");
		}
		if (durationMinutes < MIN_DURATION || durationMinutes > MAX_DURATION) {
			throw new UserFacingException("liveclass.error.duration", MIN_DURATION, MAX_DURATION);
		}
		Instant start = date.atTime(time).atZone(zone).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		if (!start.isAfter(now)) {
			throw new UserFacingException("liveclass.error.startPast");
		}
		return start;
	}

	private static boolean organiser(PelitaUser user) {
		return user.hasRole(Role.ORGANISER) || user.hasRole(Role.ADMIN);
	}

	static String newRoomName() {
		StringBuilder room = new StringBuilder("pelita-");
		for (int i = 0; i < 24; i++) {
			room.append(ROOM_ALPHABET[RANDOM.nextInt(ROOM_ALPHABET.length)]);
		}
		return room.toString();
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = URI.create(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
