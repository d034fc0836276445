package id.pelita.shared.web;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.shared.security.Role;
import id.pelita.support.ApiClient;
import id.pelita.support.BrowserSession;
import id.pelita.support.TestData;
import org.junit.jupiter.api.BeforeEach;
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

	private static final String PASSWORD = "Benar2026sandi";

	@LocalServerPort
	int port;

	private ApiClient api;

	@Autowired
	JsonMapper json;

	@Autowired
	AccountService accounts;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void aBodyOfTheWrongMediaTypeGets415AsProblemDetails() throws Exception {
		HttpResponse<String> response = this.api.send(this.api.request("/api/v1/employees/" + TestData.nip())
			.header("Content-Type", "text/plain")
			.PUT(HttpRequest.BodyPublishers.ofString("name=Budi")));
		assertThat(response.statusCode()).isEqualTo(415);
		assertProblem(response, 415, "Unsupported Media Type");
		assertThat(response.headers().firstValue("Accept")).hasValueSatisfying(
				accept -> assertThat(accept).contains("application/json"));
		assertThat(this.json.readTree(response.body()).get("detail").asString()).contains("text/plain");
	}

	@Test
	void aWrongMethodGets405WithTheAllowedOnes() throws Exception {
		HttpResponse<String> response = this.api.send(this.api.request("/api/v1/runs").DELETE());
		assertThat(response.statusCode()).isEqualTo(405);
		assertProblem(response, 405, "Method Not Allowed");
		assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(
				allow -> assertThat(allow).contains("GET"));
	}

	@Test
	void problemTitlesFollowAcceptLanguageLikeTheDetail() throws Exception {
		HttpResponse<String> unknown = this.api.get("/api/v1/tidak-ada", "id-ID,id;q=0.9");
		assertThat(unknown.statusCode()).isEqualTo(404);
		JsonNode problem = assertProblem(unknown, 404, "Tidak ditemukan");
		assertThat(problem.get("detail").asString()).startsWith("Tidak ada");
		HttpResponse<String> wrongMethod = this.api
			.send(this.api.request("/api/v1/runs").header("Accept-Language", "id").DELETE());
		assertProblem(wrongMethod, 405, "Metode tidak diizinkan");
		HttpResponse<String> badField = this.api.send(this.api.request("/api/v1/employees/" + TestData.nip())
			.header("Accept-Language", "id")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"\"}")));
		assertProblem(badField, 400, "Permintaan tidak valid");
		HttpResponse<String> noToken = this.api.send(
				HttpRequest.newBuilder(this.api.uri("/api/v1/runs")).header("Accept-Language", "id").GET());
		JsonNode unauthorised = assertProblem(noToken, 401, "Tidak terautentikasi");
		assertThat(unauthorised.get("detail").asString()).contains("Authorization: Bearer");
		assertProblem(this.api.get("/api/v1/tidak-ada", null), 404, "Not Found");
	}

	@Test
	void anUnknownPageForSomeoneSignedInIsTheNotFoundPageWith404() throws Exception {
		BrowserSession browser = signedIn(Role.PARTICIPANT);
		HttpResponse<String> page = browser.get("/halaman-yang-tidak-ada");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<html", "Halaman tidak ditemukan");
	}

	@Test
	void metricsAreForAdministratorsSignedIn() throws Exception {
		BrowserSession administrator = signedIn(Role.ADMIN);
		HttpResponse<String> metrics = administrator.get("/actuator/metrics");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(metrics.body()).get("names").valueStream().map(JsonNode::asString))
			.contains("jvm.memory.used", "http.server.requests");
		assertThat(administrator.get("/actuator/metrics/jvm.memory.used").statusCode()).isEqualTo(200);

		assertThat(signedIn(Role.PARTICIPANT).get("/actuator/metrics").statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = new BrowserSession(this.port).get("/actuator/metrics");
		assertThat(anonymous.statusCode()).isIn(302, 401);
		assertThat(anonymous.body()).doesNotContain("jvm.memory.used");
	}

	@Test
	void nipExamplesInTheOpenApiDocumentAreStrings() throws Exception {
		HttpResponse<String> response = this.api.send(HttpRequest.newBuilder(this.api.uri("/v3/api-docs")).GET());
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

	/** A browser signed in with a new account of the role. */
	private BrowserSession signedIn(Role role) throws IOException, InterruptedException {
		String username = TestData.username("proto");
		this.accounts.createSystemAccount(new NewAccount(username, "Rudi Hartono, S.T.", null, null, null, null,
				role == Role.PARTICIPANT ? Set.of(role) : Set.of(role, Role.PARTICIPANT), PASSWORD));
		BrowserSession browser = new BrowserSession(this.port);
		HttpResponse<String> signedIn = browser.signIn(username, PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		return browser;
	}

}
