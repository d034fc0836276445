package id.pelita.shared.security;

import java.io.IOException;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.pelita.shared.ui.LoginView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	/** Where sign-in leads when no other page was asked for. */
	static final String HOME_ROUTE = "beranda";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/styles/**",
					"/scripts/**", "/images/**", "/icons/**")
			.permitAll()
			// the leave a live session page sends when its tab closes (liveclass); CSRF-checked like any post
			.requestMatchers(HttpMethod.POST, "/attendance/session/*/leave")
			.authenticated());
		// Vaadin first: it declares /login as the login page; configuring form login before it would let Spring
		// Security generate its own "Please sign in" page at /login.
		http.with(VaadinSecurityConfigurer.vaadin(),
				vaadin -> vaadin.loginView(LoginView.class).defaultSuccessUrl("/" + HOME_ROUTE));
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
			response.sendRedirect(request.getContextPath() + "/login?error=" + query);
		}

	}

}
