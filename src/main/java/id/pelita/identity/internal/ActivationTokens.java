package id.pelita.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Activation tokens of accounts created without a password. Only the SHA-256 of a token is stored; a token is
 * used once, and its conditional update makes two simultaneous activations impossible.
 */
@Component
public class ActivationTokens {

	private final JdbcTemplate jdbc;

	ActivationTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public record NewToken(long accountId, String tokenHash) {
	}

	public record Stored(long id, long accountId, Instant expiresAt, @Nullable Instant usedAt) {
	}

	public void insert(List<NewToken> tokens, Instant now, Instant expiresAt) {
		OffsetDateTime created = now.atOffset(ZoneOffset.UTC);
		OffsetDateTime expires = expiresAt.atOffset(ZoneOffset.UTC);
		MultiRowInsert.insert(this.jdbc, "account_activation", List.of("account_id", "token_hash", "created_at",
				"expires_at"), tokens, (statement, first, token) -> {
					statement.setLong(first, token.accountId());
					statement.setString(first + 1, token.tokenHash());
					statement.setObject(first + 2, created);
					statement.setObject(first + 3, expires);
				});
	}

	public Optional<Stored> byHash(String tokenHash) {
		return this.jdbc.query(
				"select id, account_id, expires_at, used_at from account_activation where token_hash = ?",
				(rs, row) -> {
					OffsetDateTime used = rs.getObject("used_at", OffsetDateTime.class);
					return new Stored(rs.getLong("id"), rs.getLong("account_id"),
							rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
							used == null ? null : used.toInstant());
				}, tokenHash).stream().findFirst();
	}

	/** Marks the token used; false when someone used it first. */
	public boolean markUsed(long tokenId, Instant now) {
		return this.jdbc.update("update account_activation set used_at = ? where id = ? and used_at is null",
				now.atOffset(ZoneOffset.UTC), tokenId) == 1;
	}

	/** Marks every other open token of the account used, once it has a password. */
	public void closeAll(long accountId, Instant now) {
		this.jdbc.update("update account_activation set used_at = ? where account_id = ? and used_at is null",
				now.atOffset(ZoneOffset.UTC), accountId);
	}

}
