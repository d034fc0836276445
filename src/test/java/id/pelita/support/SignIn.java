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
 * Signs a test in through the application's own authentication provider, as the login form would. The
 * authentication goes to the global security context and to the context strategy of the application context
 * (Vaadin's, which keeps its own thread-local): when several application contexts share the test JVM, the global
 * strategy is the one of the context started last, while method security reads its own context's strategy.
 */
public final class SignIn {

	private static final Set<SecurityContextHolderStrategy> STRATEGIES = ConcurrentHashMap.newKeySet();

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
		SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
		securityContext.setAuthentication(authentication);
		SecurityContextHolder.setContext(securityContext);
		context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
			STRATEGIES.add(strategy);
			strategy.setContext(securityContext);
		});
		return authentication;
	}

	public static void out() {
		SecurityContextHolder.clearContext();
		STRATEGIES.forEach(SecurityContextHolderStrategy::clearContext);
	}

}
