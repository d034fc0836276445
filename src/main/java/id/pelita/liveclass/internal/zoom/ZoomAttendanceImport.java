package id.pelita.liveclass.internal.zoom;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.pelita.liveclass.AttendanceSource;
import id.pelita.liveclass.SessionStatus;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.liveclass.internal.SessionRecord;
import id.pelita.liveclass.internal.SessionRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads Zoom's past-meeting participants report of a session (every page) into the attendance ledger: one closed
 * interval per report row of a matched account (source ZOOM_REPORT, keyed by participant and join time, so a
 * second import changes nothing), unmatched rows kept for the organiser. A rate limit or an outage schedules the
 * import again (at Zoom's time, or in 15 minutes); a report Zoom does not have yet (404) is asked for again for a
 * day; other refusals end the import with a warning in the log. Then the session records when it was imported.
 */
@Service
@Conditional(ZoomConfigured.class)
public class ZoomAttendanceImport {

	static final Duration RETRY = Duration.ofMinutes(15);

	static final Duration NOT_YET_RETRY = Duration.ofMinutes(30);

	/** How long after the end a report that Zoom does not have yet is asked for again. */
	static final Duration NOT_YET_WINDOW = Duration.ofDays(1);

	/** How far back the sweep looks, and how long an outage is retried. */
	static final Duration LOOK_BACK = Duration.ofDays(7);

	private static final Logger log = LoggerFactory.getLogger(ZoomAttendanceImport.class);

	private final SessionRepository sessions;

	private final ZoomClient zoom;

	private final ZoomAttendees attendees;

	private final AttendanceLedger ledger;

	private final ZoomUnmatchedParticipants unmatched;

	private final ZoomJobs jobs;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ZoomAttendanceImport(SessionRepository sessions, ZoomClient zoom, ZoomAttendees attendees,
			AttendanceLedger ledger, ZoomUnmatchedParticipants unmatched, ZoomJobs jobs,
			TransactionTemplate transactions, JdbcTemplate jdbc, Clock clock) {
		this.sessions = sessions;
		this.zoom = zoom;
		this.attendees = attendees;
		this.ledger = ledger;
		this.unmatched = unmatched;
		this.jobs = jobs;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Imports the report of the session's meeting (of the given instance when Zoom named one in
	 * {@code meeting.ended}, else its latest), outside any transaction while Zoom is asked, then in one.
	 *
	 * @return the number of intervals added to the ledger
	 */
	public int importAttendance(long sessionId, @Nullable String meetingUuid) {
		SessionRecord session = this.transactions.execute(status -> this.sessions.findById(sessionId).orElse(null));
		if (session == null || !ZoomMeetingProvider.ID.equals(session.getProvider())
				|| session.getStatus() != SessionStatus.SCHEDULED || session.getMeetingId() == null) {
			return 0;
		}
		Instant now = this.clock.instant();
		List<ZoomClient.Participant> rows;
		try {
			rows = this.zoom.pastParticipants(meetingUuid != null ? meetingUuid : session.getMeetingId());
		}
		catch (ZoomException.RateLimited limited) {
			later(sessionId, limited.retryAt(), meetingUuid, limited);
			return 0;
		}
		catch (ZoomException.Unavailable unavailable) {
			if (now.isBefore(session.endsAt().plus(LOOK_BACK))) {
				later(sessionId, now.plus(RETRY), meetingUuid, unavailable);
			}
			return 0;
		}
		catch (ZoomException.Refused refused) {
			if (refused.notFound() && now.isBefore(session.endsAt().plus(NOT_YET_WINDOW))) {
				later(sessionId, now.plus(NOT_YET_RETRY), meetingUuid, refused);
				return 0;
			}
			log.warn("Zoom refused the participants report of session {} (HTTP {} code {}): {}; attendance comes "
					+ "from webhooks only", sessionId, refused.status(), refused.code(), refused.getMessage());
			rows = List.of();
		}
		List<ZoomClient.Participant> report = rows;
		Integer added = this.transactions.execute(status -> record(sessionId, report));
		return added == null ? 0 : added;
	}

	/** Ended Zoom sessions of the last seven days without an import nor an import trigger get one now. */
	public int sweep() {
		Instant now = this.clock.instant();
		List<long[]> candidates = this.jdbc.query("""
				select id, starts_at, duration_minutes from live_session where provider = 'ZOOM'
				and status = 'SCHEDULED' and meeting_id is not null and attendance_imported_at is null
				and starts_at >= ? and starts_at <= ? order by starts_at""",
				(rs, n) -> new long[] { rs.getLong(1), rs.getTimestamp(2).toInstant().getEpochSecond(),
						rs.getInt(3) },
				Timestamp.from(now.minus(LOOK_BACK).minus(Duration.ofDays(1))), Timestamp.from(now));
		int scheduled = 0;
		for (long[] candidate : candidates) {
			Instant endsAt = Instant.ofEpochSecond(candidate[1]).plus(Duration.ofMinutes(candidate[2]));
			boolean due = !endsAt.plus(ZoomMeetings.IMPORT_DELAY).isAfter(now) && endsAt.isAfter(now.minus(LOOK_BACK));
			Boolean started = due ? this.transactions.execute(status -> {
				if (this.jobs.importWaiting(candidate[0])) {
					return false;
				}
				this.jobs.importAt(candidate[0], now, null);
				return true;
			}) : Boolean.FALSE;
			if (Boolean.TRUE.equals(started)) {
				scheduled++;
			}
		}
		if (scheduled > 0) {
			log.info("Zoom import sweep: {} ended session(s) without attendance import scheduled", scheduled);
		}
		return scheduled;
	}

	private int record(long sessionId, List<ZoomClient.Participant> rows) {
		SessionRecord session = this.sessions.lock(sessionId).orElseThrow();
		ZoomAttendees.Lookup lookup = this.attendees.of(session);
		int added = 0;
		int strangers = 0;
		for (ZoomClient.Participant row : rows) {
			if (lookup.host(row.email())) {
				continue;
			}
			String key = "report:" + row.who() + ":" + row.joinedAt();
			Long account = lookup.account(row.registrantId(), row.email());
			if (account != null) {
				if (this.ledger.record(sessionId, account, AttendanceSource.ZOOM_REPORT, key, row.joinedAt(),
						row.leftAt(), null, null)) {
					added++;
				}
			}
			else if (this.unmatched.joined(sessionId, AttendanceSource.ZOOM_REPORT, key, row.who(), row.name(),
					row.email(), row.joinedAt(), row.leftAt())) {
				strangers++;
			}
		}
		session.attendanceImported(this.clock.instant());
		log.info("Zoom report of session {}: {} row(s), {} new interval(s), {} new unmatched", sessionId, rows.size(),
				added, strangers);
		return added;
	}

	private void later(long sessionId, Instant at, @Nullable String meetingUuid, ZoomException reason) {
		this.transactions.executeWithoutResult(status -> this.jobs.importAt(sessionId, at, meetingUuid));
		log.info("Zoom participants report of session {} not read ({}): trying again at {}", sessionId,
				reason.getMessage(), at);
	}

}
