package id.pelita.support;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs a test in through the application's own authentication provider, as the login form would.
 *
 * <p>
 * Every application context has its own Vaadin-aware {@link SecurityContextHolderStrategy} (with its own thread
 * local), and the last context started becomes the global one. With several cached test contexts the context
 * under test may not be the global one, so the sign-in is stored in both: the global strategy (read by
 * {@code CurrentUser}) and the strategy of the context under test (read by its method security).
 */
public final class SignIn {

	/** The password of every demo account (see README). */
	public static final String DEMO_PASSWORD = "pelita2026";

	private static final Set<SecurityContextHolderStrategy> STRATEGIES = ConcurrentHashMap.newKeySet();

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

	/** Makes an authentication current on this thread for the given context, e.g. in a worker thread. */
	public static void use(ApplicationContext context, Authentication authentication) {
		SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
		securityContext.setAuthentication(authentication);
		SecurityContextHolder.setContext(securityContext);
		STRATEGIES.add(SecurityContextHolder.getContextHolderStrategy());
		context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
			strategy.setContext(securityContext);
			STRATEGIES.add(strategy);
		});
	}

	/** Signs out of every context this thread signed in to. */
	public static void out() {
		SecurityContextHolder.clearContext();
		STRATEGIES.forEach(SecurityContextHolderStrategy::clearContext);
	}

}
