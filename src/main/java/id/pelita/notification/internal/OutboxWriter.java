package id.pelita.notification.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes messages to the outbox in the caller's transaction (it must run inside one), in JDBC batches so that a
 * cohort of thousands costs one round trip per batch.
 */
@Component
public class OutboxWriter {

	static final String EMAIL = "EMAIL";

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	OutboxWriter(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(List<OutboxEntry> entries) {
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		this.jdbc.batchUpdate("""
				insert into outbox_message (recipient_account_id, recipient_email, channel, template, locale, payload,
				    status, attempts, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""", entries, BATCH, (statement, entry) -> {
			if (entry.accountId() == null) {
				statement.setNull(1, Types.BIGINT);
			}
			else {
				statement.setLong(1, entry.accountId());
			}
			statement.setString(2, entry.email());
			statement.setString(3, EMAIL);
			statement.setString(4, entry.template());
			statement.setString(5, entry.locale().getLanguage());
			statement.setString(6, this.json.writeValueAsString(entry.parameters()));
			statement.setTimestamp(7, now);
			statement.setTimestamp(8, now);
		});
	}

}
