package id.pelita.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time links of forgotten passwords ({@code password_reset}). Only the SHA-256 of a token is stored; a token is
 * used once, by a conditional update.
 */
@Component
public class PasswordResetTokens {

	private final JdbcTemplate jdbc;

	PasswordResetTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public record Stored(long id, long accountId, Instant expiresAt, @Nullable Instant usedAt) {
	}

	/** Locks the account's row until the transaction ends, so that two requests of one person queue up. */
	public void lockAccount(long accountId) {
		this.jdbc.queryForList("select id from account where id = ? for update", Long.class, accountId);
	}

	/** When the account's newest link was made. */
	public Optional<Instant> latest(long accountId) {
		OffsetDateTime latest = this.jdbc.queryForObject(
				"select max(created_at) from password_reset where account_id = ?", OffsetDateTime.class, accountId);
		return Optional.ofNullable(latest).map(OffsetDateTime::toInstant);
	}

	public void insert(long accountId, String tokenHash, Instant now, Instant expiresAt) {
		this.jdbc.update("insert into password_reset (account_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)",
				accountId, tokenHash, now.atOffset(ZoneOffset.UTC), expiresAt.atOffset(ZoneOffset.UTC));
	}

	public Optional<Stored> byHash(String tokenHash) {
		return this.jdbc.query("select id, account_id, expires_at, used_at from password_reset where token_hash = ?",
				(rs, row) -> {
					OffsetDateTime used = rs.getObject("used_at", OffsetDateTime.class);
					return new Stored(rs.getLong("id"), rs.getLong("account_id"),
							rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
							used == null ? null : used.toInstant());
				}, tokenHash).stream().findFirst();
	}

	/** Marks the token used; false when someone used it first. */
	public boolean markUsed(long tokenId, Instant now) {
		return this.jdbc.update("update password_reset set used_at = ? where id = ? and used_at is null",
				now.atOffset(ZoneOffset.UTC), tokenId) == 1;
	}

	/** Marks the account's other open links used, once the password is set. */
	public void closeAll(long accountId, Instant now) {
		this.jdbc.update("update password_reset set used_at = ? where account_id = ? and used_at is null",
				now.atOffset(ZoneOffset.UTC), accountId);
	}

}
