package id.pelita.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The audit of e-mail changes ({@code account_email_audit}): the address is where activation and password links
 * go, so every change records whose, old and new, who made it and when, in the transaction of the change.
 */
@Repository
public class EmailAudit {

	private final JdbcTemplate jdbc;

	EmailAudit(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Through which path an address was changed. */
	public enum Via {

		/** The roster: the coordinator's form, a roster import or the employees API. */
		ROSTER,
		/** The person on their own profile page. */
		PROFILE

	}

	/** One change: the account, its address before and after (null: none). */
	public record Change(long accountId, @Nullable String oldEmail, @Nullable String newEmail) {
	}

	/** Records the changes as made by this actor (account and user name; API tokens are "api-token-<id>"). */
	public void record(List<Change> changes, long actorAccountId, String actorName, Via via, Instant at) {
		if (changes.isEmpty()) {
			return;
		}
		OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
		this.jdbc.batchUpdate("""
				insert into account_email_audit (account_id, old_email, new_email, actor_account_id, actor_name, via,
				    created_at)
				values (?, ?, ?, ?, ?, ?, ?)""", changes, 500, (statement, change) -> {
			statement.setLong(1, change.accountId());
			statement.setString(2, change.oldEmail());
			statement.setString(3, change.newEmail());
			statement.setLong(4, actorAccountId);
			statement.setString(5, actorName);
			statement.setString(6, via.name());
			statement.setObject(7, when);
		});
	}

}
