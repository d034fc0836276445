package id.pelita.liveclass.internal.zoom;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import id.pelita.liveclass.AttendanceSource;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Zoom participants of a session whom no account matched (by registrant id or e-mail; never by display name),
 * kept for the organiser to see. Each row is idempotent per session, source and key, as attendance is.
 */
@Component
public class ZoomUnmatchedParticipants {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ZoomUnmatchedParticipants(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Someone joined (webhook) or was in the report: a row, unless the key is already there. */
	@Transactional
	public boolean joined(long sessionId, AttendanceSource source, String key, String participant,
			@Nullable String name, @Nullable String email, Instant joinedAt, @Nullable Instant leftAt) {
		return this.jdbc.update("""
				insert into zoom_unmatched_participant (session_id, source, external_key, participant, name, email,
				joined_at, left_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
				sessionId, source.name(), cut(key, 300), cut(participant, 200), cutOrNull(name, 200),
				cutOrNull(email, 320), Timestamp.from(joinedAt), leftAt == null ? null : Timestamp.from(leftAt),
				Timestamp.from(this.clock.instant())) > 0;
	}

	/** The participant left: closes their latest open row that began before the leave. */
	@Transactional
	public boolean left(long sessionId, String participant, Instant leftAt) {
		List<Long> open = this.jdbc.queryForList("""
				select id from zoom_unmatched_participant where session_id = ? and source = ? and participant = ?
				and left_at is null and joined_at <= ? order by joined_at desc""", Long.class, sessionId,
				AttendanceSource.ZOOM_WEBHOOK.name(), cut(participant, 200), Timestamp.from(leftAt));
		return !open.isEmpty() && this.jdbc.update("update zoom_unmatched_participant set left_at = ? where id = ?",
				Timestamp.from(leftAt), open.getFirst()) > 0;
	}

	@Transactional(readOnly = true)
	public List<Row> ofSession(long sessionId) {
		return this.jdbc.query("""
				select name, email, joined_at, left_at, source from zoom_unmatched_participant where session_id = ?
				order by lower(coalesce(name, '')), joined_at""",
				(rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
						rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
						AttendanceSource.valueOf(rs.getString(5))),
				sessionId);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static @Nullable String cutOrNull(@Nullable String text, int max) {
		return text == null ? null : cut(text, max);
	}

	/** One unmatched join..leave (leave {@code null} while still in the meeting). */
	public record Row(@Nullable String name, @Nullable String email, Instant joinedAt, @Nullable Instant leftAt,
			AttendanceSource source) {
	}

}
