package id.pelita.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import id.pelita.identity.AccountStatus;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditActor;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The audit entries of accounts (created, switched off or on, roles and agency, profile, passwords), written in
 * the transaction of the change through {@link AuditLog}. Password hashes never reach the log.
 */
@Component
public class AccountAudits {

	private final AuditLog log;

	AccountAudits(AuditLog log) {
		this.log = log;
	}

	/** The fields of an account the log keeps before and after a change. */
	public static Map<String, @Nullable Object> facts(Account account) {
		Map<String, @Nullable Object> facts = new LinkedHashMap<>();
		facts.put("username", account.getUsername());
		facts.put("nip", account.getNip());
		facts.put("fullName", account.getFullName());
		facts.put("rankGrade", account.getRankGrade());
		facts.put("position", account.getPosition());
		facts.put("agencyId", account.getAgencyId());
		facts.put("email", account.getEmail());
		facts.put("phone", account.getPhone());
		facts.put("timeZone", account.getTimeZone());
		facts.put("language", account.getLanguage());
		facts.put("roles", roles(account));
		facts.put("status", account.getStatus().name());
		return facts;
	}

	public void created(Account account) {
		this.log.record(entry(AuditAction.ACCOUNT_CREATED, account).changes(Map.of(), facts(account)));
	}

	/** An account switched off or on; nothing when its status did not change. */
	public void statusChanged(Account account, AccountStatus before) {
		if (before == account.getStatus()) {
			return;
		}
		AuditAction action = account.getStatus() == AccountStatus.DISABLED ? AuditAction.ACCOUNT_DISABLED
				: AuditAction.ACCOUNT_ENABLED;
		this.log.record(entry(action, account).changes(Map.of("status", before.name()),
				Map.of("status", account.getStatus().name())));
	}

	/** Any change of an account's fields ({@code before}: {@link #facts} before the change). */
	public void changed(AuditAction action, Map<String, @Nullable Object> before, Account account) {
		AuditEntry entry = entry(action, account).changes(before, facts(account));
		if (!entry.unchanged()) {
			this.log.record(entry);
		}
	}

	/** A password set: by an administrator, by its holder, or through a reset link (no one signed in). */
	public void passwordSet(AuditAction action, Account account, boolean bySignedInUser) {
		AuditEntry entry = entry(action, account);
		if (bySignedInUser) {
			this.log.record(entry);
		}
		else {
			this.log.record(holder(account), entry);
		}
	}

	/** A reset link sent to the account of a sign-in name that was typed by someone not signed in. */
	public void resetRequested(Account account, String login) {
		this.log.record(AuditActor.anonymous(login), entry(AuditAction.PASSWORD_RESET_REQUESTED, account));
	}

	/** The holder of an account as the actor of what they do without being signed in (a reset link). */
	static AuditActor holder(Account account) {
		return new AuditActor(account.getId(), account.getUsername(), account.getFullName(), roles(account), null,
				null);
	}

	private static AuditEntry entry(AuditAction action, Account account) {
		return AuditEntry.of(action, AuditObject.ACCOUNT, account.getId()).about(account.getId(), account.getAgencyId());
	}

	private static String roles(Account account) {
		return account.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

}
