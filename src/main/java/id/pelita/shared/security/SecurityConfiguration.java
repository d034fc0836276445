package id.pelita.shared.security;

import java.io.IOException;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.pelita.shared.ui.LoginView;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	/** Where sign-in leads when no other page was asked for. */
	static final String HOME_ROUTE = "beranda";

	/**
	 * A session's calendar file (liveclass) for the signed-in: Vaadin denies every request it does not know, so
	 * controllers outside {@code /api} are named here; the service decides who may see which session.
	 */
	static final String CALENDAR_FILES = "/calendar/session/*";

	/** Actuator endpoints other than health and info: administrators only. */
	static final String ACTUATOR = "/actuator/**";

	/** The personal calendar feeds, public: see {@link #calendarFeedFilterChain}. */
	static final String CALENDAR_FEEDS = "/calendar/feed/*";

	/**
	 * Personal calendar feeds ({@code GET /calendar/feed/<secret>.ics}, liveclass): calendar programs fetch them
	 * without a session, the secret in the address names the person. A chain of their own, before Vaadin's: no
	 * sign-in redirect, no session, no CSRF token, no request cache; only GET.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, CALENDAR_FEEDS))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable);
		return http.build();
	}

	/** The address the sign-in form posts to. */
	static final String LOGIN = "/login";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/styles/**",
					"/scripts/**", "/images/**", "/icons/**")
			.permitAll()
			// metrics (and any other actuator endpoint exposed later) for administrators signed in
			.requestMatchers(ACTUATOR)
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, CALENDAR_FILES)
			.authenticated()
			// module files and lesson images (learning); the service decides who may see which module
			.requestMatchers(HttpMethod.GET, "/materi/**")
			.authenticated()
			// the leave a live session page sends when its tab closes (liveclass); CSRF-checked like any post
			.requestMatchers(HttpMethod.POST, "/attendance/session/*/leave")
			.authenticated());
		// Vaadin first: it declares /login as the login page; configuring form login before it would let Spring
		// Security generate its own "Please sign in" page at /login.
		// Vaadin's own CSRF set-up exempts the sign-in address, so a page elsewhere could sign a browser in to an
		// account of the attacker's choosing (login CSRF). Pelita checks the sign-in post like any other: Vaadin's
		// login form sends the token of the page's _csrf meta tags. Vaadin's internal requests carry Vaadin's own
		// token and stay exempt, as Vaadin has them.
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
			.defaultSuccessUrl("/" + HOME_ROUTE)
			.enableCsrfConfiguration(false)
			// an address that is no page reaches Vaadin, which shows NotFoundView with 404 (Vaadin's default
			// denyAll answered the signed-in an empty 403); views and services check rights themselves
			.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
		RequestMatcher signInPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN);
		http.exceptionHandling(exceptions -> exceptions
			.defaultAccessDeniedHandlerFor(new StaleSignInFormHandler(signInPost), signInPost));
		http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** Sends a failed sign-in back to the login page with the reason, which the page explains. */
	static final class LoginFailureHandler implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String query = switch (exception) {
				case LoginThrottledException throttled -> (throttled.locked() ? "locked" : "throttled") + "&wait="
						+ Math.max(1, throttled.retryAfter().toSeconds());
				case LockedException locked -> "locked";
				case DisabledException disabled -> "disabled";
				default -> "credentials";
			};
			response.sendRedirect(request.getContextPath() + LOGIN + "?error=" + query);
		}

	}

	/**
	 * A sign-in post without this browser session's CSRF token (a forged post, or a sign-in page left open until its
	 * session ended) signs nobody in and goes back to the sign-in page, which asks to try again.
	 */
	static final class StaleSignInFormHandler implements AccessDeniedHandler {

		private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

		private final RequestMatcher signInPost;

		/** Spring Security uses a single default handler for every request, so this one checks the address. */
		StaleSignInFormHandler(RequestMatcher signInPost) {
			this.signInPost = signInPost;
		}

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response,
				AccessDeniedException exception) throws IOException, ServletException {
			if (exception instanceof CsrfException && this.signInPost.matches(request)) {
				response.sendRedirect(request.getContextPath() + LOGIN + "?error=expired");
				return;
			}
			this.otherwise.handle(request, response, exception);
		}

	}

}
