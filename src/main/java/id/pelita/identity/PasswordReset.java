package id.pelita.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import id.pelita.identity.internal.Account;
import id.pelita.identity.internal.AccountAudits;
import id.pelita.identity.internal.AccountRepository;
import id.pelita.identity.internal.LoginNames;
import id.pelita.identity.internal.OneTimeTokens;
import id.pelita.identity.internal.PasswordResetTokens;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.security.OpaqueTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords, without signing in: a person types their NIP, e-mail or user name; an active account with an
 * e-mail address gets a one-time link, valid {@link #VALIDITY}, by e-mail ({@link PasswordResetRequested}); the link
 * sets a new password that follows the {@link PasswordPolicy}. Whether an account matched is never told, and one
 * account gets at most one link per {@link #COOLDOWN}, so the form can be used neither to probe for accounts nor to
 * flood someone's mailbox.
 */
@Service
public class PasswordReset {

	public static final Duration VALIDITY = Duration.ofHours(1);

	public static final Duration COOLDOWN = Duration.ofMinutes(5);

	private final PasswordResetTokens tokens;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final AccountAudits audits;

	private final Clock clock;

	PasswordReset(PasswordResetTokens tokens, AccountRepository accounts, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, AccountAudits audits, Clock clock) {
		this.audits = audits;
		this.tokens = tokens;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	/** Whether a link can still set a password. */
	public enum State {

		/** The link is valid: the page asks for the new password. */
		VALID,
		/** The link is older than an hour. */
		EXPIRED,
		/** The link was used, or a newer password was set with another one. */
		USED,
		/** No such link, or the account is not active. */
		UNKNOWN

	}

	/** What the page shows before the password is set: the state, and whose account it is. */
	public record Check(State state, @Nullable String fullName) {
	}

	/** Sends a link to the account of the sign-in name, if there is an active one with an e-mail address. */
	@Transactional
	public void request(@Nullable String login) {
		if (login == null || login.isBlank() || login.length() > 254) {
			return;
		}
		Optional<Account> found = LoginNames.find(this.accounts, login)
			.filter(account -> account.getStatus() == AccountStatus.ACTIVE && account.getEmail() != null);
		if (found.isEmpty()) {
			return;
		}
		Account account = found.get();
		Instant now = this.clock.instant();
		this.tokens.lockAccount(account.getId());
		if (this.tokens.latest(account.getId()).filter(latest -> latest.isAfter(now.minus(COOLDOWN))).isPresent()) {
			return;
		}
		String token = OpaqueTokens.generate("");
		Instant expiresAt = now.plus(VALIDITY);
		this.tokens.insert(account.getId(), OpaqueTokens.sha256(token), now, expiresAt);
		this.audits.resetRequested(account, login);
		this.events.publishEvent(new PasswordResetRequested(account.getId(), account.getFullName(),
				account.getEmail(), Locale.forLanguageTag(account.getLanguage()), token, expiresAt));
	}

	@Transactional(readOnly = true)
	public Check check(@Nullable String token) {
		Optional<OneTimeTokens.Stored> stored = this.tokens.find(token);
		Optional<Account> account = stored.flatMap(found -> this.accounts.findById(found.accountId()))
			.filter(found -> found.getStatus() == AccountStatus.ACTIVE);
		if (stored.isEmpty() || account.isEmpty()) {
			return new Check(State.UNKNOWN, null);
		}
		return new Check(state(stored.get(), this.clock.instant()), account.get().getFullName());
	}

	/** Sets the new password; the link cannot be used again, nor can the account's other open links. */
	@Transactional
	public void reset(@Nullable String token, String password) {
		Instant now = this.clock.instant();
		OneTimeTokens.Stored stored = this.tokens.find(token)
			.orElseThrow(() -> new UserFacingException("passwordReset.error.unknown"));
		Account account = this.accounts.findById(stored.accountId())
			.filter(found -> found.getStatus() == AccountStatus.ACTIVE)
			.orElseThrow(() -> new UserFacingException("passwordReset.error.unknown"));
		switch (state(stored, now)) {
			case EXPIRED -> throw new UserFacingException("passwordReset.error.expired");
			case USED -> throw new UserFacingException("passwordReset.error.used");
			case UNKNOWN -> throw new UserFacingException("passwordReset.error.unknown");
			case VALID -> {
			}
		}
		PasswordPolicy.check(password, account.getUsername(), account.getNip());
		this.tokens.spend(stored, now, "passwordReset");
		account.setPasswordHash(this.passwordEncoder.encode(password));
		account.touch(now);
		this.audits.passwordSet(AuditAction.PASSWORD_RESET, account, false);
	}


	private static State state(OneTimeTokens.Stored stored, Instant now) {
		if (stored.usedAt() != null) {
			return State.USED;
		}
		return stored.expiresAt().isAfter(now) ? State.VALID : State.EXPIRED;
	}

}
