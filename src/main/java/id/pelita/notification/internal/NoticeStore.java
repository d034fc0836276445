package id.pelita.notification.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code notice} rows of the notice centre, with the outbox message each one shows. */
@Component
public class NoticeStore {

	private final JdbcTemplate jdbc;

	NoticeStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A notice with the template and payload of its message. */
	public record Row(long id, String template, Locale locale, String payload, Instant createdAt,
			@Nullable Instant readAt) {
	}

	/** The account's notices, newest first. */
	public List<Row> of(long accountId, int offset, int limit) {
		return this.jdbc.query("""
				select n.id, n.created_at, n.read_at, m.template, m.locale, m.payload
				from notice n join outbox_message m on m.id = n.message_id
				where n.account_id = ? order by n.id desc limit ? offset ?""", (rs, row) -> {
			OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
			return new Row(rs.getLong("id"), rs.getString("template"), Locale.forLanguageTag(rs.getString("locale")),
					rs.getString("payload"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					read == null ? null : read.toInstant());
		}, accountId, limit, offset);
	}

	public long count(long accountId) {
		Long count = this.jdbc.queryForObject("select count(*) from notice where account_id = ?", Long.class,
				accountId);
		return count == null ? 0 : count;
	}

	public long unread(long accountId) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from notice where account_id = ? and read_at is null", Long.class, accountId);
		return count == null ? 0 : count;
	}

	/** Marks one of the account's notices read; false when it is not theirs or was read already. */
	public boolean markRead(long accountId, long noticeId, Instant now) {
		return this.jdbc.update("update notice set read_at = ? where id = ? and account_id = ? and read_at is null",
				now.atOffset(ZoneOffset.UTC), noticeId, accountId) == 1;
	}

	public int markAllRead(long accountId, Instant now) {
		return this.jdbc.update("update notice set read_at = ? where account_id = ? and read_at is null",
				now.atOffset(ZoneOffset.UTC), accountId);
	}

}
