package id.pelita.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OpaqueTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A table of one-time tokens of accounts (columns id, account_id, token_hash, created_at, expires_at, used_at):
 * only the SHA-256 of a token is stored, and a token is used once by a conditional update, so two simultaneous
 * uses cannot both succeed.
 */
public abstract class OneTimeTokens {

	protected final JdbcTemplate jdbc;

	private final String table;

	protected OneTimeTokens(JdbcTemplate jdbc, String table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	public record Stored(long id, long accountId, Instant expiresAt, @Nullable Instant usedAt) {
	}

	/** The stored token a link carries; empty for a blank, overlong or unknown one. */
	public Optional<Stored> find(@Nullable String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		return byHash(OpaqueTokens.sha256(token.strip()));
	}

	/**
	 * Uses the token once its password was accepted, and with it every other open token of the account; refuses
	 * with {@code <keys>.error.used} when someone used it first.
	 */
	public void spend(Stored stored, Instant now, String keys) {
		if (!markUsed(stored.id(), now)) {
			throw new UserFacingException(keys + ".error.used");
		}
		closeAll(stored.accountId(), now);
	}

	public Optional<Stored> byHash(String tokenHash) {
		return this.jdbc.query("select id, account_id, expires_at, used_at from " + this.table + " where token_hash = ?",
				(rs, row) -> {
					OffsetDateTime used = rs.getObject("used_at", OffsetDateTime.class);
					return new Stored(rs.getLong("id"), rs.getLong("account_id"),
							rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
							used == null ? null : used.toInstant());
				}, tokenHash).stream().findFirst();
	}

	/** Marks the token used; false when someone used it first. */
	public boolean markUsed(long tokenId, Instant now) {
		return this.jdbc.update("update " + this.table + " set used_at = ? where id = ? and used_at is null",
				now.atOffset(ZoneOffset.UTC), tokenId) == 1;
	}

	/** Marks every other open token of the account used, once its password is set. */
	public void closeAll(long accountId, Instant now) {
		this.jdbc.update("update " + this.table + " set used_at = ? where account_id = ? and used_at is null",
				now.atOffset(ZoneOffset.UTC), accountId);
	}

}
