package id.pelita.liveclass;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.catalog.RunStatus;
import id.pelita.enrolment.RunRoster;
import id.pelita.liveclass.internal.LiveClassAudit;
import id.pelita.liveclass.internal.SessionRecord;
import id.pelita.liveclass.internal.SessionRepository;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live sessions of runs: organisers schedule, move and cancel them; confirmed participants (and organisers) open
 * and join them. Every change publishes its event in the same transaction (invitations, updates and cancellations
 * to participants, reminder triggers); the session's {@link VideoMeetingProvider} is told in the same transaction
 * and answers what the session records of its meeting (input rules: {@link SessionChecks}).
 */
@Service
public class LiveSessionService {

	private final SessionRepository sessions;

	private final RunService runs;

	private final SessionViews views;

	private final RunRoster roster;

	private final VideoProviders providers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LiveClassAudit audit;

	LiveSessionService(SessionRepository sessions, RunService runs, SessionViews views, RunRoster roster,
			VideoProviders providers, ApplicationEventPublisher events, Clock clock, LiveClassAudit audit) {
		this.sessions = sessions;
		this.audit = audit;
		this.runs = runs;
		this.views = views;
		this.roster = roster;
		this.providers = providers;
		this.events = events;
		this.clock = clock;
	}

	// Organiser

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public long schedule(SessionDraft draft) {
		Instant now = this.clock.instant();
		RunDetails run = schedulableRun(draft.runId());
		String title = SessionChecks.title(draft.title());
		Instant start = SessionChecks.start(draft.date(), draft.time(), draft.zone(), draft.durationMinutes(), now);
		VideoMeetingProvider provider = this.providers.forNewSession(draft.provider());
		PelitaUser me = CurrentUser.require();
		SessionRecord session = new SessionRecord(run.id(), provider.id(), me.accountId(), now);
		session.schedule(start, draft.durationMinutes(), draft.zone(), now);
		session.describe(title, draft.hostAccountId() == null ? me.accountId() : draft.hostAccountId(),
				SessionChecks.blankToNull(draft.instructor()), now);
		long id = this.sessions.save(session).getId();
		session.apply(provider.createMeeting(SessionViews.meeting(session)), now);
		this.sessions.flush();
		this.audit.scheduled(session);
		this.events.publishEvent(new LiveSessionScheduled(id, run.id(), start, session.endsAt(), 0));
		return id;
	}

	/** Moves a session to a new start and/or duration: same UID, SEQUENCE + 1, reminders follow. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void move(long sessionId, LocalDate date, LocalTime time, ZoneId zone, int durationMinutes) {
		Instant now = this.clock.instant();
		SessionRecord session = this.sessions.lock(sessionId)
			.orElseThrow(() -> new UserFacingException("liveclass.error.notFound"));
		SessionChecks.requireChangeable(session, now);
		Instant start = SessionChecks.start(date, time, zone, durationMinutes, now);
		if (start.equals(session.getStartsAt()) && durationMinutes == session.getDurationMinutes()) {
			throw new UserFacingException("liveclass.error.sameTime");
		}
		Instant previous = session.getStartsAt();
		int previousDuration = session.getDurationMinutes();
		session.schedule(start, durationMinutes, zone, now);
		session.raiseSequence();
		this.sessions.flush();
		this.audit.moved(session, previous, previousDuration);
		this.events.publishEvent(new LiveSessionRescheduled(sessionId, session.getRunId(), previous, start,
				session.endsAt(), session.getSequence()));
		tellProvider(session, VideoMeetingProvider::updateMeeting);
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
		String newTitle = SessionChecks.title(title);
		String newInstructor = SessionChecks.blankToNull(instructor);
		boolean meetingChanges = !newTitle.equals(session.getTitle())
				|| !Objects.equals(newInstructor, session.getInstructor());
		session.describe(newTitle, hostAccountId == null ? session.getHostAccountId() : hostAccountId, newInstructor,
				now);
		if (meetingChanges) {
			tellProvider(session, VideoMeetingProvider::updateMeeting);
		}
	}

	/** Adds (or removes, with blank) the recording link, usually after the session. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void recording(long sessionId, @Nullable String url) {
		SessionRecord session = this.sessions.findById(sessionId)
			.orElseThrow(() -> new UserFacingException("liveclass.error.notFound"));
		session.recording(SessionChecks.recordingUrl(url), this.clock.instant());
	}

	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void cancel(long sessionId, @Nullable String reason) {
		Instant now = this.clock.instant();
		SessionRecord session = this.sessions.lock(sessionId)
			.orElseThrow(() -> new UserFacingException("liveclass.error.notFound"));
		SessionChecks.requireChangeable(session, now);
		String why = SessionChecks.cancelReason(reason);
		SessionStatus previous = session.getStatus();
		session.cancel(why, now);
		this.sessions.flush();
		this.audit.cancelled(session, previous, why);
		this.events.publishEvent(new LiveSessionCancelled(sessionId, session.getRunId(), session.getStartsAt(),
				session.getSequence(), why));
		tellProvider(session, VideoMeetingProvider::deleteMeeting);
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
	public Optional<LiveSession> myNextSession() {
		Instant now = this.clock.instant();
		return mySessions().stream().filter(s -> !s.cancelled() && s.endsAt().isAfter(now)).findFirst();
	}

	private List<LiveSession> views(Collection<SessionRecord> records, boolean withJoinUrl) {
		return this.views.of(records, withJoinUrl);
	}

	/** The session's provider is told of the change; a provider no longer installed leaves the meeting FAILED. */
	private void tellProvider(SessionRecord session,
			BiFunction<VideoMeetingProvider, Meeting, MeetingChange> change) {
		Optional<VideoMeetingProvider> provider = this.providers.find(session.getProvider());
		session.apply(provider.map(p -> change.apply(p, SessionViews.meeting(session)))
			.orElseGet(() -> new MeetingChange.Failed("Video provider " + session.getProvider() + " is not installed")),
				this.clock.instant());
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

	private static boolean organiser(PelitaUser user) {
		return user.hasRole(Role.ORGANISER) || user.hasRole(Role.ADMIN);
	}

}
