package id.pelita.identity.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

import id.pelita.identity.AccountStatus;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Loads the account behind a typed NIP, e-mail or user name. Accounts without a password cannot sign in. */
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String login) {
		Account account = LoginNames.find(this.accounts, login)
			.filter(found -> found.getPasswordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No account for the sign-in name"));
		return toUser(account);
	}

	static PelitaUser toUser(Account account) {
		return new PelitaUser(account.getId(), account.getUsername(), account.getPasswordHash(),
				account.getFullName(), account.getStatus() == AccountStatus.ACTIVE, account.getRoles(),
				account.getAgencyId(), Locale.forLanguageTag(account.getLanguage()), zone(account.getTimeZone()));
	}

	private static ZoneId zone(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException ex) {
			return IndonesianTime.DEFAULT_ZONE;
		}
	}

}
