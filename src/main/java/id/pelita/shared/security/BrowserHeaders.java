package id.pelita.shared.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The hardening headers of every page and file Pelita sends a browser:
 * <ul>
 * <li>{@code Content-Security-Policy} from {@code default-src 'self'}: scripts, styles, images, fonts, connections
 * only from Pelita itself, plus the {@link EmbeddedOrigin}s for their declared uses (the Jitsi server's script and
 * frame). Vaadin Flow 25.2 needs {@code 'unsafe-inline' 'unsafe-eval'} for scripts (its bootstrap is an inline
 * script, and it runs the JavaScript the server sends as constructed functions) and {@code 'unsafe-inline'} for
 * styles; no plug-ins, {@code base-uri} and {@code form-action} only to Pelita, {@code frame-ancestors 'self'};</li>
 * <li>{@code Permissions-Policy}: camera, microphone and screen sharing only for Pelita's page and the embedded
 * origins that declared them (a page must hold a feature to delegate it to a frame), no geolocation, payment, USB;</li>
 * <li>{@code Referrer-Policy: strict-origin-when-cross-origin}, {@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: SAMEORIGIN}, and {@code Strict-Transport-Security} (one year) only on requests that came
 * over HTTPS (directly, or through a proxy's {@code X-Forwarded-Proto} when forward headers are honoured).</li>
 * </ul>
 */
final class BrowserHeaders {

	private final String contentSecurityPolicy;

	private final String permissionsPolicy;

	BrowserHeaders(List<EmbeddedOrigin> embedded) {
		this.contentSecurityPolicy = contentSecurityPolicy(embedded);
		this.permissionsPolicy = permissionsPolicy(embedded);
	}

	void configure(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(this.contentSecurityPolicy))
			.permissionsPolicyHeader(permissions -> permissions.policy(this.permissionsPolicy))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(365L * 24 * 60 * 60).includeSubDomains(true));
	}

	String contentSecurityPolicy() {
		return this.contentSecurityPolicy;
	}

	String permissionsPolicy() {
		return this.permissionsPolicy;
	}

	private static String contentSecurityPolicy(List<EmbeddedOrigin> embedded) {
		List<String> directives = new ArrayList<>();
		directives.add("default-src 'self'");
		directives.add(sources("script-src 'self' 'unsafe-inline' 'unsafe-eval'", embedded, EmbeddedOrigin.Use.SCRIPTS));
		directives.add("style-src 'self' 'unsafe-inline'");
		directives.add("img-src 'self' data: blob:");
		directives.add("font-src 'self' data:");
		directives.add("connect-src 'self'");
		directives.add(sources("frame-src 'self'", embedded, EmbeddedOrigin.Use.FRAMES));
		directives.add("object-src 'none'");
		directives.add("base-uri 'self'");
		directives.add("form-action 'self'");
		directives.add("frame-ancestors 'self'");
		return String.join("; ", directives);
	}

	private static String sources(String directive, List<EmbeddedOrigin> embedded, EmbeddedOrigin.Use use) {
		Set<String> origins = origins(embedded, use);
		return origins.isEmpty() ? directive : directive + " " + String.join(" ", origins);
	}

	private static String permissionsPolicy(List<EmbeddedOrigin> embedded) {
		String media = allowList(origins(embedded, EmbeddedOrigin.Use.CAMERA_AND_MICROPHONE));
		String screen = allowList(origins(embedded, EmbeddedOrigin.Use.SCREEN_SHARING));
		return String.join(", ", "camera=" + media, "microphone=" + media, "display-capture=" + screen,
				"fullscreen=" + selfAnd(origins(embedded, EmbeddedOrigin.Use.SCREEN_SHARING)), "geolocation=()",
				"payment=()", "usb=()", "serial=()", "bluetooth=()", "midi=()");
	}

	/** Pelita's page holds the feature only to hand it to these frames; without frames nobody has it. */
	private static String allowList(Set<String> origins) {
		if (origins.isEmpty()) {
			return "()";
		}
		return selfAnd(origins);
	}

	private static String selfAnd(Set<String> origins) {
		return origins.stream().map(origin -> " \"" + origin + "\"").collect(Collectors.joining("", "(self", ")"));
	}

	private static Set<String> origins(List<EmbeddedOrigin> embedded, EmbeddedOrigin.Use use) {
		return embedded.stream()
			.filter(origin -> origin.allows(use))
			.map(EmbeddedOrigin::origin)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
