package id.pelita.liveclass.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Clicks on "Join" that sent someone to a meeting at its provider, e.g. Zoom (table {@code session_join_click}). */
@Component
public class JoinClicks {

	private final JdbcTemplate jdbc;

	JoinClicks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void record(long sessionId, long accountId, Instant at) {
		this.jdbc.update("insert into session_join_click (session_id, account_id, clicked_at) values (?, ?, ?)",
				sessionId, accountId, Timestamp.from(at));
	}

	@Transactional(readOnly = true)
	public int count(long sessionId, long accountId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from session_join_click where session_id = ? and account_id = ?", Integer.class,
				sessionId, accountId);
		return count == null ? 0 : count;
	}

}
