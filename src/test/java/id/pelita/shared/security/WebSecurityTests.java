package id.pelita.shared.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the web server answers a browser, below the pages: health check, sign-in form posts, sign-in throttling
 * and the protection of pages.
 *
 * <p>Each test signs in with an account of its own. The sign-in throttle also counts failures per client address,
 * and every request here comes from the loopback address, which slows down after 10 failures within 15 minutes;
 * this context is shared with other classes of the same configuration (the browser tests), so keep the number of
 * failed sign-ins low (4 here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebSecurityTests {

	private static final String PASSWORD = "Benar2026sandi";

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*?(?:content|value)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void healthCheckAnswersUp() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void signInPageAnswers() throws Exception {
		HttpResponse<String> login = get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
	}

	@Test
	void signInAddressServesPelitaInIndonesian() throws Exception {
		HttpResponse<String> login = get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("<html lang=\"id\"").doesNotContain("Please sign in");
	}

	@Test
	void rightPasswordSignsInAndOpensTheHomePage() throws Exception {
		String username = newAccount();
		HttpResponse<String> signIn = signIn(username, PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(location(signIn)).doesNotStartWith("/login");
		assertThat(get("/beranda").statusCode()).isEqualTo(200);
	}

	@Test
	void wrongPasswordIsSentBackToSignInWithTheReason() throws Exception {
		String username = newAccount();
		HttpResponse<String> signIn = signIn(username, "Salah2026sandi");
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(location(signIn)).isEqualTo("/login?error=credentials");
		assertThat(get("/beranda").statusCode()).isEqualTo(302);
	}

	@Test
	void afterThreeWrongPasswordsEvenTheRightOneMustWaitAFewSeconds() throws Exception {
		String username = newAccount();
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(location(signIn(username, "Salah2026sandi"))).isEqualTo("/login?error=credentials");
		}
		String throttled = location(signIn(username, PASSWORD));
		Matcher wait = Pattern.compile("/login\\?error=throttled&wait=(\\d+)").matcher(throttled);
		assertThat(wait.matches()).as(throttled).isTrue();
		assertThat(Integer.parseInt(wait.group(1))).isBetween(1, 30);
		assertThat(get("/beranda").statusCode()).isEqualTo(302);
	}

	@Test
	void signInPostWithoutCsrfTokenSignsNobodyIn() throws Exception {
		String username = newAccount();
		// a page elsewhere posting the form into a browser that has never opened Pelita
		HttpResponse<String> forged = post("/login", Map.of("username", username, "password", PASSWORD));
		assertThat(forged.statusCode()).isEqualTo(302);
		assertThat(location(forged)).isEqualTo("/login?error=expired");
		assertThat(get("/beranda").statusCode()).isEqualTo(302);
		// ... and into one that has the sign-in page open
		get("/login");
		HttpResponse<String> again = post("/login", Map.of("username", username, "password", PASSWORD));
		assertThat(location(again)).isEqualTo("/login?error=expired");
		assertThat(get("/beranda").statusCode()).isEqualTo(302);
	}

	@Test
	void signInPostWithTheTokenOfAnotherBrowserSignsNobodyIn() throws Exception {
		String username = newAccount();
		HttpClient attacker = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String attackersPage = attacker
			.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher attackersToken = CSRF_TOKEN.matcher(attackersPage);
		assertThat(attackersToken.find()).isTrue();
		get("/login");
		HttpResponse<String> forged = post("/login",
				Map.of("_csrf", attackersToken.group(1), "username", username, "password", PASSWORD));
		assertThat(location(forged)).isEqualTo("/login?error=expired");
		assertThat(get("/beranda").statusCode()).isEqualTo(302);
	}

	@Test
	void anonymousVisitorOfTheAccountsPageIsSentToSignIn() throws Exception {
		HttpResponse<String> accountsPage = get("/admin/akun");
		assertThat(accountsPage.statusCode()).isEqualTo(302);
		assertThat(location(accountsPage)).isEqualTo("/login");
		assertThat(accountsPage.body()).isEmpty();
	}

	private String newAccount() {
		String username = TestData.username("web");
		this.accounts.createSystemAccount(new NewAccount(username, "Siti Rahmawati, S.E.", null, null, null, null,
				Set.of(Role.PARTICIPANT), PASSWORD));
		return username;
	}

	/**
	 * Posts the sign-in form as a browser does: it first loads the sign-in page, then sends the form with the CSRF
	 * token of the page's meta tags (Vaadin's login form reads them).
	 */
	private HttpResponse<String> signIn(String login, String password) throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		Matcher token = CSRF_TOKEN.matcher(get("/login").body());
		assertThat(token.find()).as("the sign-in page carries the CSRF token").isTrue();
		form.put("_csrf", token.group(1));
		form.put("username", login);
		form.put("password", password);
		return post("/login", form);
	}

	private HttpResponse<String> post(String path, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.browser.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Where a redirect sends the browser, as path and query. */
	private static String location(HttpResponse<?> response) {
		URI target = URI.create(response.headers().firstValue("Location").orElseThrow());
		return target.getRawQuery() == null ? target.getRawPath() : target.getRawPath() + "?" + target.getRawQuery();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
