package id.pelita.shared.security;

import java.util.EnumSet;

import id.pelita.shared.i18n.Translations;
import id.pelita.shared.time.IndonesianTime;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data) as the platform itself, so that it goes through the same services and checks as
 * a signed-in administrator would.
 */
public final class SystemUser {

	public static final long ACCOUNT_ID = 0;

	private SystemUser() {
	}

	public static void run(Runnable work) {
		PelitaUser system = new PelitaUser(ACCOUNT_ID, "system", null, "Pelita", true,
				EnumSet.of(Role.ADMIN, Role.ORGANISER), null, Translations.INDONESIAN, IndonesianTime.DEFAULT_ZONE);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null,
				system.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
