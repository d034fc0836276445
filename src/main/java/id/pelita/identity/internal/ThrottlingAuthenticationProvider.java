package id.pelita.identity.internal;

import java.util.Map;
import java.util.Optional;

import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditActor;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.security.PelitaUser;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password sign-in against the accounts, after asking the {@link LoginAttemptGuard} whether this
 * account and address may try now, and tells it the outcome. Every outcome goes into the audit log in a
 * transaction of its own (a sign-in has no business transaction): success, failure (with its reason) and the lock
 * a failure sets off.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginAttemptGuard guard;

	private final AccountRepository accounts;

	private final AuditLog audit;

	ThrottlingAuthenticationProvider(DaoAuthenticationProvider passwords, LoginAttemptGuard guard,
			AccountRepository accounts, AuditLog audit) {
		this.passwords = passwords;
		this.guard = guard;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Optional<Account> account = LoginNames.find(this.accounts, authentication.getName());
		String accountKey = account.map(found -> "account:" + found.getId())
			.orElseGet(() -> "login:" + LoginNames.normalise(authentication.getName()));
		String addressKey = "address:" + address(authentication);
		this.guard.check(accountKey, addressKey);
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.guard.recordSuccess(accountKey);
			if (result.getPrincipal() instanceof PelitaUser user) {
				this.audit.recordOnItsOwn(AuditActor.of(user), AuditEntry.of(AuditAction.SIGN_IN, AuditObject.ACCOUNT,
						user.accountId()).about(user.accountId(), user.agencyId()));
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			boolean locked = this.guard.recordFailure(accountKey, addressKey);
			failed(authentication, account, AuditAction.SIGN_IN_FAILED, "BAD_CREDENTIALS");
			if (locked) {
				failed(authentication, account, AuditAction.SIGN_IN_LOCKED, "TOO_MANY_FAILURES");
			}
			throw ex;
		}
		catch (AuthenticationException ex) {
			failed(authentication, account, AuditAction.SIGN_IN_FAILED, ex.getClass().getSimpleName());
			throw ex;
		}
	}

	private void failed(Authentication attempt, Optional<Account> account, AuditAction action, String reason) {
		AuditEntry entry = AuditEntry.of(action, AuditObject.ACCOUNT, account.map(Account::getId).orElse(null))
			.about(account.map(Account::getId).orElse(null), account.map(Account::getAgencyId).orElse(null))
			.facts(Map.of("reason", reason));
		this.audit.recordOnItsOwn(AuditActor.anonymous(attempt.getName()), entry);
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
