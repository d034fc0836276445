package id.pelita.liveclass.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.liveclass.AttendanceFixtures;
import id.pelita.liveclass.SessionJoinService;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.shared.security.Role;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leave a closing tab sends with {@code navigator.sendBeacon}: a form post over HTTP with the browser session's
 * cookie and Spring Security's CSRF token, as the page's script sends it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AttendanceBeaconTests {

	private static final String PASSWORD = "Hadir2026sesi";

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*?(?:content|value)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AttendanceLedger ledger;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private long sessionId;

	private String username;

	@BeforeEach
	void participantInAMeeting() {
		AttendanceFixtures fixtures = new AttendanceFixtures(this.context);
		long runId = fixtures.run();
		this.sessionId = fixtures.startedSession(runId, Duration.ofMinutes(5), 60);
		this.username = TestData.username("beacon");
		fixtures.enrolment().asSystem(() -> this.context.getBean(AccountService.class)
			.createSystemAccount(new NewAccount(this.username, "Rina Marlina", null, TestData.nip(), null,
					fixtures.enrolment().agency("36.04.02"), Set.of(Role.PARTICIPANT), PASSWORD)));
		SignIn.as(this.context, this.username, PASSWORD);
		this.context.getBean(ParticipantEnrolments.class).enrol(runId);
		this.context.getBean(SessionJoinService.class).joined(this.sessionId, "beacon-0123456789");
		SignIn.out();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aSignedInBrowserWithItsCsrfTokenClosesTheInterval() throws Exception {
		String token = signIn();
		assertThat(leave(Map.of("key", "beacon-0123456789", "_csrf", token)).statusCode()).isEqualTo(204);
		assertThat(this.ledger.ofSession(this.sessionId).getFirst().open()).isFalse();
	}

	@Test
	void withoutTheCsrfTokenNothingChanges() throws Exception {
		signIn();
		assertThat(leave(Map.of("key", "beacon-0123456789")).statusCode()).isEqualTo(403);
		assertThat(leave(Map.of("key", "beacon-0123456789", "_csrf", "forged")).statusCode()).isEqualTo(403);
		assertThat(this.ledger.ofSession(this.sessionId).getFirst().open()).isTrue();
	}

	@Test
	void withoutASignedInSessionNothingChanges() throws Exception {
		HttpResponse<String> response = leave(Map.of("key", "beacon-0123456789"));
		assertThat(response.statusCode()).isNotEqualTo(204).isBetween(300, 499);
		assertThat(this.ledger.ofSession(this.sessionId).getFirst().open()).isTrue();
	}

	/** Signs in with the form and answers the CSRF token of the signed-in session, as the session page has it. */
	private String signIn() throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		Matcher loginToken = CSRF_TOKEN.matcher(get("/login").body());
		if (loginToken.find()) {
			form.put("_csrf", loginToken.group(1));
		}
		form.put("username", this.username);
		form.put("password", PASSWORD);
		HttpResponse<String> signIn = post("/login", form);
		assertThat(signIn.statusCode()).isEqualTo(302);
		String page = get("/sesi/" + this.sessionId).body();
		Matcher token = CSRF_TOKEN.matcher(page);
		assertThat(token.find()).as("CSRF token on the session page").isTrue();
		return token.group(1);
	}

	private HttpResponse<String> leave(Map<String, String> form) throws IOException, InterruptedException {
		return post("/attendance/session/" + this.sessionId + "/leave", form);
	}

	private HttpResponse<String> post(String path, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
