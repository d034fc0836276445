package id.pelita.shared.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pelita behind a TLS-terminating proxy, in the default profile with forward headers honoured (the operator's
 * {@code server.forward-headers-strategy=native}) and a self-hosted Jitsi: a request the proxy marks as HTTPS gets
 * HSTS and a Secure session cookie; the policy names the configured Jitsi server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "pelita.jitsi.domain=meet.example.go.id:8443" })
@ActiveProfiles("test")
class ForwardedHttpsTests {

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void aRequestThatCameOverHttpsGetsHstsAndASecureSessionCookie() throws Exception {
		HttpResponse<String> login = get("https");
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000 ; includeSubDomains");
		assertThat(WebSecurityTests.sessionCookie(login)).contains("Secure", "HttpOnly", "SameSite=Lax");
	}

	@Test
	void aPlainHttpRequestGetsNeither() throws Exception {
		HttpResponse<String> login = get("http");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(WebSecurityTests.sessionCookie(login)).doesNotContain("Secure");
	}

	@Test
	void thePolicyAllowsTheConfiguredJitsiServer() throws Exception {
		HttpResponse<String> login = get("https");
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("frame-src 'self' https://meet.example.go.id:8443").doesNotContain("meet.jit.si"));
		assertThat(login.headers().firstValue("Permissions-Policy"))
			.hasValueSatisfying(policy -> assertThat(policy).contains("camera=(self \"https://meet.example.go.id:8443\")"));
	}

	private HttpResponse<String> get(String proto) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("X-Forwarded-Proto", proto)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
