package id.pelita.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Activation tokens of accounts created without a password ({@code account_activation}).
 */
@Component
public class ActivationTokens extends OneTimeTokens {

	ActivationTokens(JdbcTemplate jdbc) {
		super(jdbc, "account_activation");
	}

	public record NewToken(long accountId, String tokenHash) {
	}

	/**
	 * Makes every open token of these accounts expire now: their links stop working (the activation page says
	 * the link has expired), e.g. because the link went to an address that has since been corrected.
	 */
	public void expireOpen(List<Long> accountIds, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		this.jdbc.batchUpdate("update account_activation set expires_at = ? where account_id = ? and used_at is null "
				+ "and expires_at > ?", accountIds, 500, (statement, accountId) -> {
					statement.setObject(1, at);
					statement.setLong(2, accountId);
					statement.setObject(3, at);
				});
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

}
