package id.pelita.enrolment.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import id.pelita.identity.AccountService;
import id.pelita.identity.AgencyDirectory;
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

/** An agency HR system lists the open runs and nominates employees over HTTP with the demo token of Kab. Serang. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RunApiTests {

	private static final String DEMO_TOKEN = "pelita-demo-serang-2026";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	AccountService accounts;

	@Autowired
	AgencyDirectory agencies;

	@Test
	void listsTheRunsOpenForRegistrationWithTheirSeatsLeft() throws Exception {
		HttpResponse<String> response = send(get("/api/v1/runs?status=open"));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode runs = this.json.readTree(response.body());
		assertThat(runs.size()).isGreaterThanOrEqualTo(5);
		for (JsonNode run : runs) {
			assertThat(run.get("seatsLeft").asInt()).isBetween(0, run.get("seats").asInt());
			assertThat(run.get("courseTitle").asString()).isNotBlank();
			assertThat(run.get("jp").asInt()).isPositive();
		}
	}

	@Test
	void nominatesByNipAndGivesTheResultPerNipAgainLater() throws Exception {
		long runId = nominationOnlyRun();
		String serang = employee("36.04.01");
		String province = employee("36.00.02");
		HttpResponse<String> response = send(post("/api/v1/runs/" + runId + "/nominations",
				"{\"nips\": [\"" + spaced(serang) + "\", \"" + province + "\", \"123\"]}"));
		assertThat(response.statusCode()).isEqualTo(201);
		String location = response.headers().firstValue("Location").orElseThrow();
		JsonNode results = this.json.readTree(response.body()).get("results");
		assertThat(results.get(0).get("nip").asString()).isEqualTo(serang);
		assertThat(results.get(0).get("status").asString()).isIn("CONFIRMED", "WAITLISTED");
		assertThat(results.get(1).get("status").asString()).isEqualTo("REFUSED");
		assertThat(results.get(1).get("reasonCode").asString()).isEqualTo("NOT_IN_AGENCY");
		assertThat(results.get(2).get("reasonCode").asString()).isEqualTo("INVALID_NIP");
		assertThat(results.get(2).get("message").asString()).isNotBlank();

		HttpResponse<String> again = send(get(URI.create(location).getPath()));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(again.body()).get("results").get(0).get("status").asString())
			.isEqualTo(results.get(0).get("status").asString());

		HttpResponse<String> twice = send(post("/api/v1/runs/" + runId + "/nominations",
				"{\"nips\": [\"" + serang + "\"]}"));
		assertThat(this.json.readTree(twice.body()).get("results").get(0).get("reasonCode").asString())
			.isEqualTo("ALREADY_ENROLLED");
	}

	@Test
	void badRequestsGetProblemDetails() throws Exception {
		HttpResponse<String> noNips = send(post("/api/v1/runs/" + nominationOnlyRun() + "/nominations", "{\"nips\": []}"));
		assertThat(noNips.statusCode()).isEqualTo(400);
		assertThat(noNips.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(this.json.readTree(noNips.body()).get("detail").asString()).contains("nips");
		assertThat(send(get("/api/v1/runs?status=closed")).statusCode()).isEqualTo(400);
		assertThat(send(post("/api/v1/runs/999999999/nominations", "{\"nips\": [\"" + employee("36.04.01") + "\"]}"))
			.statusCode()).isEqualTo(404);
		HttpResponse<String> anonymous = this.http.send(HttpRequest.newBuilder(uri("/api/v1/runs")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	private long nominationOnlyRun() throws Exception {
		for (JsonNode run : this.json.readTree(send(get("/api/v1/runs")).body())) {
			if ("NOMINATION_ONLY".equals(run.get("enrolmentMode").asString())) {
				return run.get("id").asLong();
			}
		}
		throw new AssertionError("The demo data has no nomination-only run open for registration");
	}

	/** A new employee of the agency with this code, with a NIP nobody else has. */
	private String employee(String agencyCode) {
		long agencyId = this.agencies.all().stream().filter(agency -> agency.code().equals(agencyCode)).findFirst()
			.orElseThrow().id();
		String nip = TestData.nip();
		this.accounts.createSystemAccount(new NewAccount(TestData.username("api"), "Pegawai API", null, nip, null,
				agencyId, Set.of(Role.PARTICIPANT), null));
		return nip;
	}

	private static String spaced(String nip) {
		return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + DEMO_TOKEN);
	}

	private HttpRequest.Builder post(String path, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + DEMO_TOKEN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
