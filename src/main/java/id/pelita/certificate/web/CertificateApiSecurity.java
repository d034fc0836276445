package id.pelita.certificate.web;

import java.io.IOException;
import java.util.Optional;

import id.pelita.shared.security.ApiTokenAuthenticator;
import id.pelita.shared.security.PelitaUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The certificate endpoints get a filter chain of their own, ahead of the API's: verification is public, and the
 * PDF and the ZIP are for a signed-in person (the browser's session, read but never created here) or an agency's
 * Bearer token. Nothing is refused here; the services decide who may have which certificate (403 otherwise).
 * No CSRF token: the public upload changes nothing, and the downloads are GETs.
 */
@Configuration(proxyBeanMethods = false)
class CertificateApiSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain certificateApiFilterChain(HttpSecurity http, ObjectProvider<ApiTokenAuthenticator> tokens)
			throws Exception {
		var paths = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(request -> paths.matcher("/api/v1/certificates/**").matches(request)
				|| paths.matcher("/api/v1/runs/*/certificates.zip").matches(request))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.addFilterBefore(new BearerFilter(tokens), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/** A valid Bearer token signs the request in as the token's agency; a bad one is ignored (then 403). */
	static final class BearerFilter extends OncePerRequestFilter {

		private final ObjectProvider<ApiTokenAuthenticator> tokens;

		BearerFilter(ObjectProvider<ApiTokenAuthenticator> tokens) {
			this.tokens = tokens;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			ApiTokenAuthenticator authenticator = this.tokens.getIfAvailable();
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && authenticator != null) {
				Optional<PelitaUser> user = authenticator.authenticate(header.substring(7).strip());
				if (user.isPresent()) {
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
							user.get().getAuthorities()));
					SecurityContextHolder.setContext(context);
				}
			}
			chain.doFilter(request, response);
		}

	}

}
