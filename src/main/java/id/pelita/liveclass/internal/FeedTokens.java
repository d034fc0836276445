package id.pelita.liveclass.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret tokens of personal calendar feeds (table {@code calendar_feed_token}): one per account, kept only as
 * the SHA-256 of the secret. Replacing it makes the previous address stop working at once.
 */
@Component
public class FeedTokens {

	private final JdbcTemplate jdbc;

	FeedTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Makes the hash the account's only token. */
	@Transactional
	public void replace(long accountId, String tokenHash, Instant now) {
		int updated = this.jdbc.update(
				"update calendar_feed_token set token_hash = ?, created_at = ? where account_id = ?", tokenHash,
				Timestamp.from(now), accountId);
		if (updated == 0) {
			int inserted = this.jdbc.update("""
					insert into calendar_feed_token (account_id, token_hash, created_at) values (?, ?, ?)
					on conflict do nothing""", accountId, tokenHash, Timestamp.from(now));
			if (inserted == 0) {
				// Another request of the same person inserted first: the later one wins, as a renewal would.
				this.jdbc.update("update calendar_feed_token set token_hash = ?, created_at = ? where account_id = ?",
						tokenHash, Timestamp.from(now), accountId);
			}
		}
	}

	@Transactional
	public boolean delete(long accountId) {
		return this.jdbc.update("delete from calendar_feed_token where account_id = ?", accountId) > 0;
	}

	/** When the account's current token was made, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Instant> createdAt(long accountId) {
		List<Instant> found = this.jdbc.query("select created_at from calendar_feed_token where account_id = ?",
				(rs, n) -> rs.getTimestamp(1).toInstant(), accountId);
		return found.stream().findFirst();
	}

	/** The account whose token has this hash. */
	@Transactional(readOnly = true)
	public Optional<Long> accountOf(String tokenHash) {
		List<Long> found = this.jdbc.query("select account_id from calendar_feed_token where token_hash = ?",
				(rs, n) -> rs.getLong(1), tokenHash);
		return found.stream().findFirst();
	}

}
