package id.pelita.liveclass.internal.zoom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.liveclass.MeetingState;
import id.pelita.liveclass.SessionStatus;
import id.pelita.liveclass.internal.SessionRecord;
import id.pelita.liveclass.internal.SessionRepository;
import id.pelita.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the Zoom meeting of a session in line with the session: creates it when there is none, updates it after a
 * move or a new title, deletes it when the session is cancelled. The session stays scheduled whatever Zoom says;
 * only its meeting state changes: {@code READY} on success; {@code PENDING} with a retry time on a rate limit
 * (that time) or an outage (backoff 30 s, 1 min, 2 min, ... up to 30 min); {@code FAILED} with Zoom's message when
 * Zoom refuses, or after {@value #MAX_ATTEMPTS} outages in a row.
 */
@Service
@Conditional(ZoomConfigured.class)
public class ZoomMeetings {

	static final int MAX_ATTEMPTS = 10;

	static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);

	static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

	/** The participants report is read this long after the scheduled end. */
	static final Duration IMPORT_DELAY = Duration.ofMinutes(10);

	private static final int MAX_ERROR = 2000;

	private static final Logger log = LoggerFactory.getLogger(ZoomMeetings.class);

	private final SessionRepository sessions;

	private final ZoomClient zoom;

	private final ZoomJobs jobs;

	private final ZoomRegistrants registrants;

	private final RunService runs;

	private final Translations translations;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ZoomMeetings(SessionRepository sessions, ZoomClient zoom, ZoomJobs jobs, ZoomRegistrants registrants,
			RunService runs, Translations translations, JdbcTemplate jdbc, Clock clock) {
		this.sessions = sessions;
		this.zoom = zoom;
		this.jobs = jobs;
		this.registrants = registrants;
		this.runs = runs;
		this.translations = translations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One attempt to bring the session's meeting in line, with the session row locked (a move or cancellation
	 * waits for it, then asks for another sync). Nothing happens unless the meeting is {@code PENDING}.
	 */
	@Transactional
	public void sync(long sessionId) {
		SessionRecord session = this.sessions.lock(sessionId).orElse(null);
		if (session == null || !ZoomMeetingProvider.ID.equals(session.getProvider())
				|| session.getMeetingState() != MeetingState.PENDING) {
			return;
		}
		try {
			if (session.getStatus() == SessionStatus.CANCELLED) {
				delete(session);
			}
			else {
				createOrUpdate(session);
			}
		}
		catch (ZoomException.RateLimited limited) {
			session.meetingRateLimited(error(limited), limited.retryAt(), this.clock.instant());
			this.jobs.syncAt(sessionId, limited.retryAt());
			log.info("Zoom rate limit for session {} ({}): retrying at {}", sessionId,
					limited.dailyLimit() ? "daily" : "short", limited.retryAt());
		}
		catch (ZoomException.Unavailable unavailable) {
			Instant now = this.clock.instant();
			int attempt = session.getMeetingAttempts() + 1;
			if (attempt >= MAX_ATTEMPTS) {
				session.meetingFailed(error(unavailable), now);
				log.warn("Zoom unavailable for session {}, attempt {}: giving up ({})", sessionId, attempt,
						unavailable.getMessage());
				return;
			}
			Instant retryAt = now.plus(backoff(attempt));
			session.meetingPending(error(unavailable), retryAt, now);
			this.jobs.syncAt(sessionId, retryAt);
			log.info("Zoom unavailable for session {}, attempt {}: retrying at {} ({})", sessionId, attempt, retryAt,
					unavailable.getMessage());
		}
		catch (ZoomException.Refused refused) {
			session.meetingFailed(error(refused), this.clock.instant());
			log.warn("Zoom refused the meeting of session {}: HTTP {} code {}: {}", sessionId, refused.status(),
					refused.code(), refused.getMessage());
		}
	}

	/** The wait after the n-th outage in a row: 30 s, 1 min, 2 min, 4 min, ... at most 30 min. */
	static Duration backoff(int attempt) {
		Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 20));
		return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
	}

	/**
	 * Zoom sessions still pending whose retry time has passed, without a sync trigger waiting (lost, or in error),
	 * get one now.
	 */
	@Transactional
	public int sweepPending() {
		List<Long> due = this.jdbc.queryForList("""
				select id from live_session where provider = 'ZOOM' and meeting_state = 'PENDING'
				and (meeting_retry_at is null or meeting_retry_at <= ?) order by id""", Long.class,
				java.sql.Timestamp.from(this.clock.instant()));
		int scheduled = 0;
		for (long sessionId : due) {
			if (!this.jobs.syncWaiting(sessionId)) {
				this.jobs.requestSync(sessionId);
				scheduled++;
			}
		}
		if (scheduled > 0) {
			log.info("Zoom sweep: {} pending session(s) without a sync trigger scheduled again", scheduled);
		}
		return scheduled;
	}

	private void delete(SessionRecord session) {
		String meetingId = session.getMeetingId();
		if (meetingId != null) {
			this.zoom.deleteMeeting(meetingId);
		}
		session.meetingReady(meetingId, session.getJoinUrl(), this.clock.instant());
		this.jobs.cancelImport(session.getId());
	}

	private void createOrUpdate(SessionRecord session) {
		ZoomClient.MeetingRequest request = request(session);
		String meetingId = session.getMeetingId();
		String joinUrl = session.getJoinUrl();
		if (meetingId != null) {
			try {
				this.zoom.updateMeeting(meetingId, request);
			}
			catch (ZoomException.Refused refused) {
				if (!refused.notFound()) {
					throw refused;
				}
				log.info("Zoom meeting {} of session {} is gone at Zoom: creating a new one", meetingId,
						session.getId());
				meetingId = null;
			}
		}
		if (meetingId == null) {
			ZoomClient.Meeting created = this.zoom.createMeeting(request);
			meetingId = created.id();
			joinUrl = created.joinUrl();
			this.registrants.forget(session.getId());
		}
		session.meetingReady(meetingId, joinUrl, this.clock.instant());
		this.jobs.importAt(session.getId(), session.endsAt().plus(IMPORT_DELAY), null);
	}

	private ZoomClient.MeetingRequest request(SessionRecord session) {
		RunDetails run = this.runs.runs(List.of(session.getRunId())).stream().findFirst().orElse(null);
		String agenda = run == null ? session.getTitle()
				: this.translations.translate("liveclass.zoom.agenda", Translations.INDONESIAN, run.courseTitle(),
						run.name());
		if (session.getInstructor() != null) {
			agenda += "\n" + this.translations.translate("liveclass.zoom.instructor", Translations.INDONESIAN,
					session.getInstructor());
		}
		return new ZoomClient.MeetingRequest(session.getTitle(), agenda, session.getStartsAt(),
				session.getDurationMinutes(), session.getZone());
	}

	private static String error(ZoomException failure) {
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		return message.length() <= MAX_ERROR ? message : message.substring(0, MAX_ERROR);
	}

}
