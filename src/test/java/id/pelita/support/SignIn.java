package id.pelita.support;

import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs a test in through the application's own authentication provider, as the login form would. Every cached
 * test context shares one security strategy ({@link SharedSecurityStrategy}), so the sign-in holds for the
 * context under test whichever context was started last.
 */
public final class SignIn {

	/** The password of every demo account (see README). */
	public static final String DEMO_PASSWORD = "pelita2026";

	private SignIn() {
	}

	public static Authentication as(ApplicationContext context, String login) {
		return as(context, login, DEMO_PASSWORD);
	}

	public static Authentication as(ApplicationContext context, String login, String password) {
		return from(context, login, password, "test-" + UUID.randomUUID());
	}

	/** Signs in from the given address, which the sign-in throttle counts failures for. */
	public static Authentication from(ApplicationContext context, String login, String password, String address) {
		AuthenticationProvider provider = context.getBean(AuthenticationProvider.class);
		UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(login,
				password);
		request.setDetails(new WebAuthenticationDetails(address, null));
		Authentication authentication = provider.authenticate(request);
		use(context, authentication);
		return authentication;
	}

	/** Makes an authentication current on this thread, e.g. in a worker thread. */
	public static void use(ApplicationContext context, Authentication authentication) {
		SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
		securityContext.setAuthentication(authentication);
		SecurityContextHolder.setContext(securityContext);
	}

	/** Signs this thread out. */
	public static void out() {
		SecurityContextHolder.clearContext();
	}

}
