package id.pelita.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.pelita.notification.OutboxStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox table as delivery and administration see it. Claims are made so that two workers, on one node or on
 * two, never hold the same message: due rows are selected {@code for update skip locked} (PostgreSQL and H2 2.x
 * alike) and marked SENDING with the claim's owner and time in the same short transaction; every result is written
 * back only while the writer still holds the claim.
 */
@Component
public class OutboxStore {

	private static final int MAX_ERROR = 2000;

	private static final String COLUMNS = "id, recipient_account_id, recipient_email, template, locale, payload, "
			+ "status, attempts, next_attempt_at, last_error, created_at, sent_at, claimed_by, claimed_at";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	OutboxStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	/** One row of the outbox. */
	public record Message(long id, @Nullable Long accountId, @Nullable String email, String template, Locale locale,
			String payload, OutboxStatus status, int attempts, Instant nextAttemptAt, @Nullable String lastError,
			Instant createdAt, @Nullable Instant sentAt, @Nullable String claimedBy, @Nullable Instant claimedAt) {
	}

	/** What became of a claimed message. */
	public record Outcome(long id, OutboxStatus status, @Nullable String note, @Nullable Instant nextAttemptAt,
			boolean attempted) {

		public static Outcome sent(long id) {
			return new Outcome(id, OutboxStatus.SENT, null, null, false);
		}

		public static Outcome skipped(long id, String reason) {
			return new Outcome(id, OutboxStatus.SKIPPED, reason, null, false);
		}

		public static Outcome retry(long id, String error, Instant nextAttemptAt) {
			return new Outcome(id, OutboxStatus.PENDING, error, nextAttemptAt, true);
		}

		public static Outcome failed(long id, String error) {
			return new Outcome(id, OutboxStatus.FAILED, error, null, true);
		}

	}

	/**
	 * Claims up to {@code limit} due messages for {@code owner}, in its own transaction; messages another worker
	 * holds are skipped, not waited for.
	 */
	public List<Message> claim(String owner, int limit, Instant now) {
		OffsetDateTime at = utc(now);
		List<Message> claimed = this.transaction.execute(status -> {
			// No ORDER BY: H2 sorts every due row for it (tens of milliseconds per claim with a backlog of 10,000),
			// while the due index yields them oldest first anyway; every run drains all that is due regardless.
			List<Message> due = this.jdbc.query("select " + COLUMNS + " from outbox_message "
					+ "where status = 'PENDING' and next_attempt_at <= ? limit ? for update skip locked", MESSAGE, at,
					limit);
			if (due.isEmpty()) {
				return List.<Message>of();
			}
			// Conditional, row by row: a row another worker claimed since (whatever the engine's locking) stays theirs.
			int[][] updated = this.jdbc.batchUpdate("update outbox_message set status = 'SENDING', claimed_by = ?, "
					+ "claimed_at = ? where id = ? and status = 'PENDING'", due, due.size(), (statement, message) -> {
						statement.setString(1, owner);
						statement.setObject(2, at);
						statement.setLong(3, message.id());
					});
			List<Message> mine = new ArrayList<>(due.size());
			for (int i = 0; i < due.size(); i++) {
				if (updated[0][i] == 1) {
					mine.add(due.get(i));
				}
			}
			return mine;
		});
		return claimed == null ? List.of() : claimed;
	}

	/**
	 * Gives the messages whose claim is older than {@code claimedBefore} back to delivery (their worker stopped
	 * before writing the result, and may or may not have sent them): they count one attempt and are due at once,
	 * or are given up when that was the last attempt.
	 */
	public int releaseAbandoned(Instant now, Instant claimedBefore, int maxAttempts) {
		return this.jdbc.update("""
				update outbox_message set
				    status = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end,
				    attempts = attempts + 1,
				    last_error = 'Delivery by ' || claimed_by || ' did not finish; the message may have been sent',
				    next_attempt_at = ?, claimed_by = null, claimed_at = null
				where status = 'SENDING' and claimed_at < ?""", maxAttempts, utc(now), utc(claimedBefore));
	}

	/**
	 * Marks one message {@code owner} claimed as SENT, committed in a transaction of its own before the next message
	 * goes out; false when the claim was lost meanwhile.
	 */
	public boolean markSent(long id, String owner, Instant now) {
		Integer updated = this.transaction.execute(status -> this.jdbc.update("""
				update outbox_message set status = 'SENT', last_error = null, sent_at = ?, claimed_by = null,
				    claimed_at = null
				where id = ? and status = 'SENDING' and claimed_by = ?""", utc(now), id, owner));
		return updated != null && updated == 1;
	}

	/** Writes the outcomes of messages {@code owner} claimed, in one transaction; a lost claim is left alone. */
	public int record(List<Outcome> outcomes, String owner, Instant now) {
		if (outcomes.isEmpty()) {
			return 0;
		}
		OffsetDateTime at = utc(now);
		int[][] counts = this.transaction.execute(status -> this.jdbc.batchUpdate("""
				update outbox_message set status = ?, attempts = attempts + ?, last_error = ?,
				    next_attempt_at = coalesce(?, next_attempt_at), sent_at = ?, claimed_by = null, claimed_at = null
				where id = ? and status = 'SENDING' and claimed_by = ?""", outcomes, outcomes.size(),
				(statement, outcome) -> {
					statement.setString(1, outcome.status().name());
					statement.setInt(2, outcome.attempted() ? 1 : 0);
					statement.setString(3, truncate(outcome.note()));
					if (outcome.nextAttemptAt() == null) {
						statement.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
					}
					else {
						statement.setObject(4, utc(outcome.nextAttemptAt()));
					}
					if (outcome.status() == OutboxStatus.SENT) {
						statement.setObject(5, at);
					}
					else {
						statement.setNull(5, Types.TIMESTAMP_WITH_TIMEZONE);
					}
					statement.setLong(6, outcome.id());
					statement.setString(7, owner);
				}));
		int written = 0;
		for (int[] batch : counts == null ? new int[0][] : counts) {
			for (int count : batch) {
				written += Math.max(count, 0);
			}
		}
		return written;
	}

	// Administration

	/** The filter of the administrator's list; null fields do not filter. */
	public record Filter(@Nullable OutboxStatus status, @Nullable String template, @Nullable String recipient) {
	}

	public Map<OutboxStatus, Long> counts() {
		Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
		for (OutboxStatus status : OutboxStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.query("select status, count(*) as n from outbox_message group by status", rs -> {
			try {
				counts.put(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n"));
			}
			catch (IllegalArgumentException ex) {
				// a status written by something else: not counted
			}
		});
		return counts;
	}

	/** When the outbox last handed a message to the SMTP server; empty when it never did. */
	public Optional<Instant> lastSentAt() {
		return Optional.ofNullable(this.jdbc.query("select max(sent_at) as sent_at from outbox_message",
				rs -> rs.next() ? instant(rs, "sent_at") : null));
	}

	/** The error of the failed message given up last; empty when none failed. */
	public Optional<String> lastFailure() {
		return this.jdbc
			.query("select last_error from outbox_message where status = 'FAILED' order by id desc limit 1",
					(rs, row) -> String.valueOf(rs.getString("last_error")))
			.stream()
			.findFirst();
	}

	public List<Message> find(Filter filter, int offset, int limit) {
		List<Object> arguments = new ArrayList<>();
		String where = where(filter, arguments);
		arguments.add(limit);
		arguments.add(offset);
		return this.jdbc.query("select " + COLUMNS + " from outbox_message" + where + " order by id desc limit ? offset ?",
				MESSAGE, arguments.toArray());
	}

	public long count(Filter filter) {
		List<Object> arguments = new ArrayList<>();
		Long count = this.jdbc.queryForObject("select count(*) from outbox_message" + where(filter, arguments),
				Long.class, arguments.toArray());
		return count == null ? 0 : count;
	}

	public Optional<Message> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from outbox_message where id = ?", MESSAGE, id)
			.stream()
			.findFirst();
	}

	/** Makes a failed or waiting message due now; false when it is in another state. */
	public boolean retryNow(long id, Instant now) {
		return this.jdbc.update("update outbox_message set status = 'PENDING', next_attempt_at = ?, claimed_by = null, "
				+ "claimed_at = null where id = ? and status in ('FAILED', 'PENDING')", utc(now), id) == 1;
	}

	private static String where(Filter filter, List<Object> arguments) {
		List<String> conditions = new ArrayList<>();
		if (filter.status() != null) {
			conditions.add("status = ?");
			arguments.add(filter.status().name());
		}
		if (filter.template() != null && !filter.template().isBlank()) {
			conditions.add("template = ?");
			arguments.add(filter.template().strip());
		}
		if (filter.recipient() != null && !filter.recipient().isBlank()) {
			String recipient = filter.recipient().strip().toLowerCase(Locale.ROOT);
			if (recipient.chars().allMatch(Character::isDigit) && recipient.length() < 19) {
				conditions.add("(recipient_account_id = ? or lower(recipient_email) like ?)");
				arguments.add(Long.parseLong(recipient));
			}
			else {
				conditions.add("lower(recipient_email) like ?");
			}
			arguments.add("%" + recipient.replace("%", "").replace("_", "") + "%");
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static final RowMapper<Message> MESSAGE = (rs, row) -> new Message(rs.getLong("id"),
			nullableLong(rs, "recipient_account_id"), rs.getString("recipient_email"), rs.getString("template"),
			Locale.forLanguageTag(rs.getString("locale")), rs.getString("payload"),
			OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
			rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"), rs.getString("claimed_by"),
			instant(rs, "claimed_at"));

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable String truncate(@Nullable String text) {
		return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
	}

}
