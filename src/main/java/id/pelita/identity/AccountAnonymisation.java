package id.pelita.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymising a departed person (UU PDP), for administrators: name, user name, NIP, e-mail, phone, rank and
 * position are replaced or cleared, the password and one-time links removed and the account disabled, so nobody
 * can sign in as them. The account's id stays, so enrolments, attendance, completions and JP credits still count in
 * every statistic; certificates keep the name snapshotted at issue, so they still verify. One transaction with its
 * audit entry; refused for oneself and for the last active administrator.
 */
@Service
public class AccountAnonymisation {

	/** The user name prefix of an anonymised account ({@code anonim-<id>}). */
	public static final String PREFIX = "anonim-";

	private final JdbcClient jdbc;

	private final AuditLog log;

	private final Clock clock;

	AccountAnonymisation(JdbcClient jdbc, AuditLog log, Clock clock) {
		this.jdbc = jdbc;
		this.log = log;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void anonymise(long accountId) {
		if (CurrentUser.require().accountId() == accountId) {
			throw new UserFacingException("account.anonymise.error.self");
		}
		List<Long> administrators = this.jdbc.sql("""
				select a.id from account a join account_role r on r.account_id = a.id
				where r.role = 'ADMIN' and a.status = 'ACTIVE' order by a.id for update""").query(Long.class).list();
		Map<String, Object> account = this.jdbc
			.sql("select username, agency_id, status from account where id = :id for update")
			.param("id", accountId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new UserFacingException("account.anonymise.error.unknown"));
		String username = (String) account.get("username");
		if (username.startsWith(PREFIX)) {
			throw new UserFacingException("account.anonymise.error.already");
		}
		if (administrators.contains(accountId) && administrators.size() == 1) {
			throw new UserFacingException("account.anonymise.error.lastAdmin");
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update account set username = :username, full_name = :name, email = null, nip = null, phone = null,
				    rank_grade = null, position = null, password_hash = null, status = 'DISABLED',
				    updated_at = :now, version = version + 1
				where id = :id""")
			.param("username", PREFIX + accountId)
			.param("name", "Anonim " + accountId)
			.param("now", java.sql.Timestamp.from(now))
			.param("id", accountId)
			.update();
		this.jdbc.sql("delete from account_activation where account_id = :id").param("id", accountId).update();
		this.jdbc.sql("delete from password_reset where account_id = :id").param("id", accountId).update();
		Map<String, @Nullable Object> facts = new LinkedHashMap<>();
		facts.put("replaced", "username, full_name, email, nip, phone, rank_grade, position, password");
		facts.put("previousStatus", account.get("status"));
		Number agency = (Number) account.get("agency_id");
		this.log.record(AuditEntry.of(AuditAction.ACCOUNT_ANONYMISED, AuditObject.ACCOUNT, accountId)
			.about(accountId, agency == null ? null : agency.longValue())
			.facts(facts));
	}

}
