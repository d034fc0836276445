package id.pelita.liveclass.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import id.pelita.liveclass.AttendanceRecorded;
import id.pelita.liveclass.AttendanceSource;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendance intervals of people in sessions, from every source. Each interval has a key unique per session
 * and source (a Zoom participant row, a browser's join, a manual correction), so a repeated delivery of the same
 * fact changes nothing. Every change publishes {@link AttendanceRecorded}.
 */
@Component
public class AttendanceLedger {

	private static final String COLUMNS = "id, session_id, account_id, joined_at, left_at, is_open, source, external_key, reason, recorded_by";

	private static final RowMapper<Interval> ROW = (rs, n) -> new Interval(rs.getLong(1), rs.getLong(2),
			rs.getLong(3), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getBoolean(6),
			AttendanceSource.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
			rs.getObject(10) == null ? null : rs.getLong(10));

	private final JdbcTemplate jdbc;

	private final SessionRepository sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AttendanceLedger(JdbcTemplate jdbc, SessionRepository sessions, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/** A closed interval (a Zoom report row, a manual correction). Returns false if the key was already there. */
	@Transactional
	public boolean record(long sessionId, long accountId, AttendanceSource source, String key, Instant joinedAt,
			Instant leftAt, @Nullable String reason, @Nullable Long recordedBy) {
		Instant left = leftAt.isBefore(joinedAt) ? joinedAt : leftAt;
		int inserted = this.jdbc.update("""
				insert into attendance_interval (session_id, account_id, joined_at, left_at, is_open, source,
				external_key, reason, recorded_by, created_at) values (?, ?, ?, ?, false, ?, ?, ?, ?, ?)
				on conflict do nothing""", sessionId, accountId, ts(joinedAt), ts(left), source.name(), key, reason,
				recordedBy, ts(this.clock.instant()));
		return published(inserted, sessionId, accountId, source);
	}

	/** Someone joined: an open interval that heartbeats extend and a leave closes. Idempotent per key. */
	@Transactional
	public boolean open(long sessionId, long accountId, AttendanceSource source, String key, Instant joinedAt) {
		int inserted = this.jdbc.update("""
				insert into attendance_interval (session_id, account_id, joined_at, left_at, is_open, source,
				external_key, created_at) values (?, ?, ?, ?, true, ?, ?, ?)
				on conflict do nothing""", sessionId, accountId, ts(joinedAt), ts(joinedAt), source.name(), key,
				ts(this.clock.instant()));
		return published(inserted, sessionId, accountId, source);
	}

	/** Still there at {@code at}: moves the open interval's end forward (never back). */
	@Transactional
	public boolean heartbeat(long sessionId, long accountId, AttendanceSource source, String key, Instant at) {
		int updated = this.jdbc.update("""
				update attendance_interval set left_at = ? where session_id = ? and account_id = ? and source = ?
				and external_key = ? and is_open = true and left_at < ?""", ts(at), sessionId, accountId,
				source.name(), key, ts(at));
		return updated > 0;
	}

	/** Left at {@code leftAt}: closes the open interval of that key. A repeated leave changes nothing. */
	@Transactional
	public boolean close(long sessionId, long accountId, AttendanceSource source, String key, Instant leftAt) {
		int updated = this.jdbc.update("""
				update attendance_interval set left_at = case when joined_at > ? then joined_at else ? end,
				is_open = false where session_id = ? and account_id = ? and source = ? and external_key = ?
				and is_open = true""", ts(leftAt), ts(leftAt), sessionId, accountId, source.name(), key);
		return published(updated, sessionId, accountId, source);
	}

	/** Left, when the leave event does not carry the join's key: closes the person's latest open interval. */
	@Transactional
	public boolean closeLatest(long sessionId, long accountId, AttendanceSource source, Instant leftAt) {
		List<Interval> open = this.jdbc.query("select " + COLUMNS + """
				 from attendance_interval where session_id = ? and account_id = ? and source = ? and is_open = true
				and joined_at <= ? order by joined_at desc""", ROW, sessionId, accountId, source.name(), ts(leftAt));
		return !open.isEmpty() && close(sessionId, accountId, source, open.getFirst().key(), leftAt);
	}

	/**
	 * Closes open intervals whose last sign of life is older than {@code silentSince} (a browser that vanished).
	 * Only embedded Jitsi intervals have heartbeats; a Zoom webhook interval stays open until Zoom's leave event.
	 */
	@Transactional
	public int closeSilent(Instant silentSince) {
		return this.jdbc.update(
				"update attendance_interval set is_open = false where is_open = true and left_at < ? and source = ?",
				ts(silentSince), AttendanceSource.JITSI.name());
	}

	@Transactional(readOnly = true)
	public List<Interval> ofSession(long sessionId) {
		return this.jdbc.query("select " + COLUMNS + " from attendance_interval where session_id = ? order by account_id, joined_at",
				ROW, sessionId);
	}

	@Transactional(readOnly = true)
	public List<Interval> ofRun(long runId) {
		return this.jdbc.query("select " + COLUMNS + """
				 from attendance_interval where session_id in (select id from live_session where run_id = ?)
				order by session_id, account_id, joined_at""", ROW, runId);
	}

	/** One person's intervals in the sessions of a run. */
	@Transactional(readOnly = true)
	public List<Interval> ofPersonInRun(long runId, long accountId) {
		return this.jdbc.query("select " + COLUMNS + """
				 from attendance_interval where account_id = ? and session_id in
				(select id from live_session where run_id = ?) order by session_id, joined_at""", ROW, accountId,
				runId);
	}

	private boolean published(int changed, long sessionId, long accountId, AttendanceSource source) {
		if (changed == 0) {
			return false;
		}
		long runId = this.sessions.findById(sessionId).map(SessionRecord::getRunId).orElseThrow();
		this.events.publishEvent(new AttendanceRecorded(sessionId, runId, accountId, source));
		return true;
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	/** One stored interval. While {@code open}, {@code leftAt} is the last heartbeat. */
	public record Interval(long id, long sessionId, long accountId, Instant joinedAt, Instant leftAt, boolean open,
			AttendanceSource source, String key, @Nullable String reason, @Nullable Long recordedBy) {
	}

}
