package id.pelita.shared.security;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.pelita.shared.web.ApiProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditActor;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security of the REST API for agency HR systems, a filter chain of its own that comes before the Vaadin one:
 * {@code /api/**} is stateless, without CSRF or sessions, and authenticated only by {@code Authorization: Bearer
 * <token>}; a missing, unknown or revoked token gets 401 as {@code application/problem+json}. The OpenAPI document
 * ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}) are public, and so are the webhook paths
 * ({@code /api/v1/webhooks/zoom}), which no bearer token is read for: their controllers verify the sender's
 * signature themselves. The user of a token is built by the {@link ApiTokenAuthenticator}, so services check an
 * API call exactly as they check a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String API_PATHS = "/api/**";

	static final String[] DOCUMENTATION_PATHS = { "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
			"/swagger-ui.html", "/swagger-ui/**" };

	/** Webhooks of outside systems: no API token, each controller verifies the sender's signature itself. */
	static final String[] WEBHOOK_PATHS = { "/api/v1/webhooks/zoom" };

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ObjectProvider<ApiTokenAuthenticator> tokens,
			ObjectProvider<SecurityContextHolderStrategy> strategies, ObjectProvider<AuditLog> audit,
			ApiProblemWriter writer) throws Exception {
		ProblemResponses problems = new ProblemResponses(writer);
		String[] paths = new String[DOCUMENTATION_PATHS.length + 1];
		paths[0] = API_PATHS;
		System.arraycopy(DOCUMENTATION_PATHS, 0, paths, 1, DOCUMENTATION_PATHS.length);
		http.securityMatcher(paths)
			.authorizeHttpRequests(requests -> requests.requestMatchers(DOCUMENTATION_PATHS)
				.permitAll()
				.requestMatchers(WEBHOOK_PATHS)
				.permitAll()
				.anyRequest()
				.authenticated())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.addFilterBefore(new BearerTokenFilter(tokens, strategies, audit, problems),
					AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Authenticates {@code /api/**} requests that carry a bearer token; refuses a bad one at once. Every call with
	 * a token that may write (not GET, HEAD or OPTIONS) is recorded in the audit log once answered: the token, the
	 * coordinator it acts as, method, path and status (the changes it made are recorded by the services).
	 */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private static final String BEARER = "Bearer ";

		private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

		private final ObjectProvider<ApiTokenAuthenticator> tokens;

		private final ObjectProvider<SecurityContextHolderStrategy> strategies;

		private final AuthenticationEntryPoint entryPoint;

		private final ObjectProvider<AuditLog> audit;

		private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

		BearerTokenFilter(ObjectProvider<ApiTokenAuthenticator> tokens,
				ObjectProvider<SecurityContextHolderStrategy> strategies, ObjectProvider<AuditLog> audit,
				AuthenticationEntryPoint entryPoint) {
			this.audit = audit;
			this.tokens = tokens;
			this.strategies = strategies;
			this.entryPoint = entryPoint;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return !path.startsWith("/api/") || java.util.Arrays.asList(WEBHOOK_PATHS).contains(path);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header == null || header.isBlank()) {
				chain.doFilter(request, response);
				return;
			}
			if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
				this.entryPoint.commence(request, response, new BadCredentialsException("api.error.tokenScheme"));
				return;
			}
			String token = header.substring(BEARER.length()).strip();
			ApiTokenAuthenticator authenticator = this.tokens.getIfAvailable();
			Optional<PelitaUser> user = token.isEmpty() || authenticator == null ? Optional.empty()
					: authenticator.authenticate(token);
			if (user.isEmpty()) {
				this.entryPoint.commence(request, response, new BadCredentialsException("api.error.tokenUnknown"));
				return;
			}
			SecurityContextHolderStrategy strategy = this.strategies
				.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
			SecurityContext context = strategy.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
			strategy.setContext(context);
			this.repository.saveContext(context, request, response);
			chainAndAudit(request, response, chain, user.get());
		}

		private void chainAndAudit(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
				PelitaUser user) throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			finally {
				AuditLog log = this.audit.getIfAvailable();
				if (log != null && !SAFE_METHODS.contains(request.getMethod())) {
					String path = request.getRequestURI().substring(request.getContextPath().length());
					log.recordOnItsOwn(AuditActor.of(user),
							AuditEntry.of(AuditAction.API_WRITE, AuditObject.API_CALL, request.getMethod() + " " + path)
								.about(null, user.agencyId())
								.facts(Map.of("method", request.getMethod(), "path", path, "status",
										response.getStatus())));
				}
			}
		}

	}

	/**
	 * Writes 401 and 403 as RFC 9457 problem details in the caller's language; a {@link BadCredentialsException}
	 * of the bearer filter carries the translation key of its detail.
	 */
	static final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

		private final ApiProblemWriter writer;

		ProblemResponses(ApiProblemWriter writer) {
			this.writer = writer;
		}

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String key = exception instanceof BadCredentialsException && exception.getMessage() != null
					&& exception.getMessage().startsWith("api.error.") ? exception.getMessage()
							: "api.error.tokenRequired";
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
					exception instanceof BadCredentialsException ? "Bearer realm=\"pelita\", error=\"invalid_token\""
							: "Bearer realm=\"pelita\"");
			this.writer.write(request, response, HttpStatus.UNAUTHORIZED, this.writer.text(request, key));
		}

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response,
				AccessDeniedException exception) throws IOException {
			this.writer.write(request, response, HttpStatus.FORBIDDEN,
					this.writer.text(request, "api.error.forbidden"));
		}

	}

}
