package id.pelita.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scheduled messages already sent ({@code reminder_dispatch}): a job claims a key in the transaction that
 * writes its messages, so a job run twice (a recovered trigger, a second node) writes nothing the second time.
 */
@Component
class DispatchLog {

	private final JdbcTemplate jdbc;

	DispatchLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims the key; false when it was claimed before. */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean claim(String key, int recipients, Instant now) {
		return this.jdbc.update("""
				insert into reminder_dispatch (dispatch_key, dispatched_at, recipients) values (?, ?, ?)
				on conflict do nothing""", key, Timestamp.from(now), recipients) > 0;
	}

}
