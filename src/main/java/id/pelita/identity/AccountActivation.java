package id.pelita.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import id.pelita.identity.internal.Account;
import id.pelita.identity.internal.AccountAudits;
import id.pelita.identity.internal.AccountRepository;
import id.pelita.identity.internal.ActivationTokens;
import id.pelita.identity.internal.OneTimeTokens;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditAction;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activation of an account created without a password (an imported employee): the person opens the link with
 * their one-time token, chooses a password that follows the {@link PasswordPolicy}, and may sign in from then on.
 * Reachable without signing in: the token is the proof.
 */
@Service
public class AccountActivation {

	private final ActivationTokens tokens;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountAudits audits;

	private final Clock clock;

	AccountActivation(ActivationTokens tokens, AccountRepository accounts, PasswordEncoder passwordEncoder,
			AccountAudits audits, Clock clock) {
		this.tokens = tokens;
		this.audits = audits;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** Whether a token can still activate an account. */
	public enum State {

		/** The token is valid: the page asks for a password. */
		VALID,
		/** The token is older than its validity. */
		EXPIRED,
		/** The token, or another of the account, was used: the account has its password. */
		USED,
		/** No such token, or the account was switched off. */
		UNKNOWN

	}

	/** What the activation page shows before the password is set: the state, and whose account it is. */
	public record Check(State state, @Nullable String fullName, @Nullable String username) {
	}

	@Transactional(readOnly = true)
	public Check check(String token) {
		Optional<OneTimeTokens.Stored> stored = this.tokens.find(token);
		if (stored.isEmpty()) {
			return new Check(State.UNKNOWN, null, null);
		}
		Account account = this.accounts.findById(stored.get().accountId()).orElse(null);
		if (account == null || account.getStatus() == AccountStatus.DISABLED) {
			return new Check(State.UNKNOWN, null, null);
		}
		State state = state(stored.get(), account, this.clock.instant());
		return new Check(state, account.getFullName(), account.getNip() != null ? account.getNip()
				: account.getUsername());
	}

	/** Sets the first password and activates the account; the token cannot be used again. */
	@Transactional
	public void activate(String token, String password) {
		Instant now = this.clock.instant();
		OneTimeTokens.Stored stored = this.tokens.find(token)
			.orElseThrow(() -> new UserFacingException("activation.error.unknown"));
		Account account = this.accounts.findById(stored.accountId())
			.filter(found -> found.getStatus() != AccountStatus.DISABLED)
			.orElseThrow(() -> new UserFacingException("activation.error.unknown"));
		switch (state(stored, account, now)) {
			case EXPIRED -> throw new UserFacingException("activation.error.expired");
			case USED -> throw new UserFacingException("activation.error.used");
			case UNKNOWN -> throw new UserFacingException("activation.error.unknown");
			case VALID -> {
			}
		}
		PasswordPolicy.check(password, account.getUsername(), account.getNip());
		this.tokens.spend(stored, now, "activation");
		account.setPasswordHash(this.passwordEncoder.encode(password));
		account.setStatus(AccountStatus.ACTIVE);
		account.touch(now);
		this.audits.passwordSet(AuditAction.ACCOUNT_ACTIVATED, account, false);
	}


	private static State state(OneTimeTokens.Stored stored, Account account, Instant now) {
		if (stored.usedAt() != null || account.getStatus() == AccountStatus.ACTIVE) {
			return State.USED;
		}
		if (!stored.expiresAt().isAfter(now)) {
			return State.EXPIRED;
		}
		return State.VALID;
	}

}
