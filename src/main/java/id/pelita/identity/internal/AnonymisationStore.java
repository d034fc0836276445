package id.pelita.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of anonymising an account: the row locks it needs and the replacement of the personal fields. */
@Component
public class AnonymisationStore {

	/** The account as it was before anonymisation. */
	public record LockedAccount(String username, @Nullable Long agencyId, String status) {
	}

	private final JdbcClient jdbc;

	AnonymisationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active administrators' ids, their rows locked until the transaction ends. */
	public List<Long> lockActiveAdministrators() {
		return this.jdbc.sql("""
				select a.id from account a join account_role r on r.account_id = a.id
				where r.role = 'ADMIN' and a.status = 'ACTIVE' order by a.id for update""").query(Long.class).list();
	}

	/** The account, its row locked until the transaction ends. */
	public Optional<LockedAccount> lock(long accountId) {
		return this.jdbc.sql("select username, agency_id, status from account where id = :id for update")
			.param("id", accountId)
			.query((rs, row) -> new LockedAccount(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3)))
			.optional();
	}

	/** Replaces the personal fields, removes the password and the one-time links, disables the account. */
	public void anonymise(long accountId, String username, String name, Instant now) {
		this.jdbc.sql("""
				update account set username = :username, full_name = :name, email = null, nip = null, phone = null,
				    rank_grade = null, position = null, password_hash = null, status = 'DISABLED',
				    updated_at = :now, version = version + 1
				where id = :id""")
			.param("username", username)
			.param("name", name)
			.param("now", Timestamp.from(now))
			.param("id", accountId)
			.update();
		this.jdbc.sql("delete from account_activation where account_id = :id").param("id", accountId).update();
		this.jdbc.sql("delete from password_reset where account_id = :id").param("id", accountId).update();
	}

}
