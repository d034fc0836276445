package id.pelita.shared.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.shared.security.Role;
import id.pelita.support.TestData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server answers requests that are wrong at the HTTP level, over real HTTP: a wrong media type or method
 * on the API, an unknown page for someone signed in, problem titles in the caller's language, the metrics for
 * administrators, and NIP examples in the OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProtocolAnswersTests {

	private static final String TOKEN = "Bearer pelita-demo-serang-2026";

	private static final String PASSWORD = "Benar2026sandi";

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*?(?:content|value)=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	AccountService accounts;

	@Test
	void aBodyOfTheWrongMediaTypeGets415AsProblemDetails() throws Exception {
		HttpResponse<String> response = send(api("/api/v1/employees/" + TestData.nip()).header("Content-Type", "text/plain")
			.PUT(HttpRequest.BodyPublishers.ofString("name=Budi")));
		assertThat(response.statusCode()).isEqualTo(415);
		assertProblem(response, 415, "Unsupported Media Type");
		assertThat(response.headers().firstValue("Accept")).hasValueSatisfying(
				accept -> assertThat(accept).contains("application/json"));
		assertThat(this.json.readTree(response.body()).get("detail").asString()).contains("text/plain");
	}

	@Test
	void aWrongMethodGets405WithTheAllowedOnes() throws Exception {
		HttpResponse<String> response = send(api("/api/v1/runs").DELETE());
		assertThat(response.statusCode()).isEqualTo(405);
		assertProblem(response, 405, "Method Not Allowed");
		assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(
				allow -> assertThat(allow).contains("GET"));
	}

	@Test
	void problemTitlesFollowAcceptLanguageLikeTheDetail() throws Exception {
		HttpResponse<String> unknown = send(api("/api/v1/tidak-ada").header("Accept-Language", "id-ID,id;q=0.9").GET());
		assertThat(unknown.statusCode()).isEqualTo(404);
		JsonNode problem = assertProblem(unknown, 404, "Tidak ditemukan");
		assertThat(problem.get("detail").asString()).startsWith("Tidak ada");
		HttpResponse<String> wrongMethod = send(api("/api/v1/runs").header("Accept-Language", "id").DELETE());
		assertProblem(wrongMethod, 405, "Metode tidak diizinkan");
		HttpResponse<String> badField = send(api("/api/v1/employees/" + TestData.nip())
			.header("Accept-Language", "id")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"\"}")));
		assertProblem(badField, 400, "Permintaan tidak valid");
		HttpResponse<String> noToken = send(HttpRequest.newBuilder(uri("/api/v1/runs")).header("Accept-Language", "id").GET());
		JsonNode unauthorised = assertProblem(noToken, 401, "Tidak terautentikasi");
		assertThat(unauthorised.get("detail").asString()).contains("Authorization: Bearer");
		assertProblem(send(api("/api/v1/tidak-ada").GET()), 404, "Not Found");
	}

	@Test
	void anUnknownPageForSomeoneSignedInIsTheNotFoundPageWith404() throws Exception {
		HttpClient browser = browser();
		signIn(browser, newAccount(Role.PARTICIPANT));
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/halaman-yang-tidak-ada")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<html", "Halaman tidak ditemukan");
	}

	@Test
	void metricsAreForAdministratorsSignedIn() throws Exception {
		HttpClient administrator = browser();
		signIn(administrator, newAccount(Role.ADMIN));
		HttpResponse<String> metrics = administrator.send(HttpRequest.newBuilder(uri("/actuator/metrics")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(metrics.body()).get("names").valueStream().map(JsonNode::asString))
			.contains("jvm.memory.used", "http.server.requests");
		HttpResponse<String> one = administrator.send(
				HttpRequest.newBuilder(uri("/actuator/metrics/jvm.memory.used")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(one.statusCode()).isEqualTo(200);

		HttpClient participant = browser();
		signIn(participant, newAccount(Role.PARTICIPANT));
		assertThat(participant.send(HttpRequest.newBuilder(uri("/actuator/metrics")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = browser().send(HttpRequest.newBuilder(uri("/actuator/metrics")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isIn(302, 401);
		assertThat(anonymous.body()).doesNotContain("jvm.memory.used");
	}

	@Test
	void nipExamplesInTheOpenApiDocumentAreStrings() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET());
		JsonNode document = this.json.readTree(response.body());
		JsonNode nipParameter = document.at("/paths/~1api~1v1~1employees~1{nip}/put/parameters/0");
		assertThat(nipParameter.get("name").asString()).isEqualTo("nip");
		JsonNode example = nipParameter.has("example") ? nipParameter.get("example")
				: nipParameter.at("/schema/example");
		assertThat(example.isString()).as(nipParameter.toString()).isTrue();
		assertThat(example.asString()).isEqualTo("198503122010011003");
		JsonNode nominations = document.at("/components/schemas/NominationRequest/properties/nips/example");
		assertThat(nominations.isArray()).as(nominations.toString()).isTrue();
		assertThat(nominations.valueStream()).isNotEmpty().allMatch(JsonNode::isString);
		assertThat(numericExamplesOfNips(document)).isEmpty();
	}

	/** Every {@code example} under a property or parameter called {@code nip} that is not a string. */
	private static List<String> numericExamplesOfNips(JsonNode document) {
		List<String> found = new ArrayList<>();
		walk(document, "", found);
		return found;
	}

	private static void walk(JsonNode node, String path, List<String> found) {
		if (node.isObject()) {
			boolean nip = path.endsWith("/nip")
					|| (node.has("name") && node.get("name").isString() && "nip".equals(node.get("name").asString()));
			JsonNode example = node.has("example") ? node.get("example") : node.at("/schema/example");
			if (nip && !example.isMissingNode() && !example.isString()) {
				found.add(path + " = " + example);
			}
			node.properties().forEach(entry -> walk(entry.getValue(), path + "/" + entry.getKey(), found));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				walk(node.get(i), path + "/" + i, found);
			}
		}
	}

	private JsonNode assertProblem(HttpResponse<String> response, int status, String title) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isEqualTo(title);
		return problem;
	}

	private String newAccount(Role role) {
		String username = TestData.username("proto");
		this.accounts.createSystemAccount(new NewAccount(username, "Rudi Hartono, S.T.", null, null, null, null,
				role == Role.PARTICIPANT ? Set.of(role) : Set.of(role, Role.PARTICIPANT), PASSWORD));
		return username;
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Signs in as a browser does: the sign-in page first, then the form with its CSRF token. */
	private void signIn(HttpClient browser, String username) throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		String page = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF_TOKEN.matcher(page);
		if (token.find()) {
			form.put("_csrf", token.group(1));
		}
		form.put("username", username);
		form.put("password", PASSWORD);
		String body = form.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
	}

	private HttpRequest.Builder api(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", TOKEN);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
