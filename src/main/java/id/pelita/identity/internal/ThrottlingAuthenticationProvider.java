package id.pelita.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password sign-in against the accounts, after asking the {@link LoginAttemptGuard} whether this
 * account and address may try now, and tells it the outcome.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginAttemptGuard guard;

	private final AccountRepository accounts;

	ThrottlingAuthenticationProvider(DaoAuthenticationProvider passwords, LoginAttemptGuard guard,
			AccountRepository accounts) {
		this.passwords = passwords;
		this.guard = guard;
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String accountKey = accountKey(authentication.getName());
		String addressKey = "address:" + address(authentication);
		this.guard.check(accountKey, addressKey);
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.guard.recordSuccess(accountKey);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.guard.recordFailure(accountKey, addressKey);
			throw ex;
		}
	}

	private String accountKey(String login) {
		return LoginNames.find(this.accounts, login)
			.map(account -> "account:" + account.getId())
			.orElseGet(() -> "login:" + LoginNames.normalise(login));
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
