package id.pelita.support;

import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Signs a test in through the application's own authentication provider, as the login form would. */
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
		useStrategyOf(context);
		Authentication authentication = provider.authenticate(request);
		SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
		securityContext.setAuthentication(authentication);
		SecurityContextHolder.setContext(securityContext);
		return authentication;
	}

	/**
	 * Makes the context's own {@link SecurityContextHolderStrategy} the global one. Vaadin gives every application
	 * context its own strategy (with its own thread-local) and makes it global when the context starts; method
	 * security keeps the one of its context. With several cached test contexts, the global strategy is the one of
	 * the context started last, so a sign-in would be invisible to the services of the others.
	 */
	private static void useStrategyOf(ApplicationContext context) {
		SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
			.getIfUnique();
		if (strategy != null && strategy != SecurityContextHolder.getContextHolderStrategy()) {
			SecurityContextHolder.clearContext();
			SecurityContextHolder.setContextHolderStrategy(strategy);
		}
	}

	public static void out() {
		SecurityContextHolder.clearContext();
	}

}
