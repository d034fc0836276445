package id.pelita.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pelita.identity.internal.AnonymisationStore;
import id.pelita.identity.internal.AnonymisationStore.LockedAccount;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;

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

	private final AnonymisationStore store;

	private final AuditLog log;

	private final Clock clock;

	AccountAnonymisation(AnonymisationStore store, AuditLog log, Clock clock) {
		this.store = store;
		this.log = log;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void anonymise(long accountId) {
		if (CurrentUser.require().accountId() == accountId) {
			throw new UserFacingException("account.anonymise.error.self");
		}
		List<Long> administrators = this.store.lockActiveAdministrators();
		LockedAccount account = this.store.lock(accountId)
			.orElseThrow(() -> new UserFacingException("account.anonymise.error.unknown"));
		if (account.username().startsWith(PREFIX)) {
			throw new UserFacingException("account.anonymise.error.already");
		}
		if (administrators.contains(accountId) && administrators.size() == 1) {
			throw new UserFacingException("account.anonymise.error.lastAdmin");
		}
		this.store.anonymise(accountId, PREFIX + accountId, "Anonim " + accountId, this.clock.instant());
		Map<String, @Nullable Object> facts = new LinkedHashMap<>();
		facts.put("replaced", "username, full_name, email, nip, phone, rank_grade, position, password");
		facts.put("previousStatus", account.status());
		this.log.record(AuditEntry.of(AuditAction.ACCOUNT_ANONYMISED, AuditObject.ACCOUNT, accountId)
			.about(accountId, account.agencyId())
			.facts(facts));
	}

}
