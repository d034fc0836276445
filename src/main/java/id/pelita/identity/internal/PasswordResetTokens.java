package id.pelita.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time links of forgotten passwords ({@code password_reset}). Only the SHA-256 of a token is stored; a token is
 * used once, by a conditional update.
 */
@Component
public class PasswordResetTokens extends OneTimeTokens {

	PasswordResetTokens(JdbcTemplate jdbc) {
		super(jdbc, "password_reset");
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

}
