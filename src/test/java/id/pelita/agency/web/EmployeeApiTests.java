package id.pelita.agency.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.pelita.agency.ApiTokenService;
import id.pelita.agency.ApiTokenSummary;
import id.pelita.agency.NewApiToken;
import id.pelita.identity.AccountService;
import id.pelita.identity.AccountStatus;
import id.pelita.identity.NewAccount;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.agency.AgencyService;
import id.pelita.shared.security.Role;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over real HTTP, as an agency HR system calls it: bearer tokens, the employee upsert, problem
 * details and the OpenAPI document. Uses the demo token of Kabupaten Serang.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EmployeeApiTests {

	static final String DEMO_TOKEN = "pelita-demo-serang-2026";

	private static final String PROBLEM_JSON = "application/problem+json";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	AgencyService agencies;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void callsWithoutATokenGet401AsProblemDetails() throws Exception {
		HttpResponse<String> response = put(TestData.nip(), body("Tanpa Token"), null, null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(PROBLEM_JSON));
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				value -> assertThat(value).startsWith("Bearer"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(401);
		assertThat(problem.get("detail").asString()).contains("Authorization: Bearer");
	}

	@Test
	void unknownTokensAndOtherSchemesGet401() throws Exception {
		HttpResponse<String> unknown = put(TestData.nip(), body("Token Asing"), "pelita_tidak-ada", null);
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(this.json.readTree(unknown.body()).get("detail").asString()).contains("unknown or has been revoked");
		HttpRequest basic = HttpRequest.newBuilder(uri("/api/v1/employees/" + TestData.nip()))
			.header("Authorization", "Basic a29vcmRpbmF0b3I6cGVsaXRhMjAyNg==")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body("Basic Auth")))
			.build();
		assertThat(this.http.send(basic, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
	}

	@Test
	void aRevokedTokenStopsWorkingAndUseIsRecorded() throws Exception {
		SignIn.as(this.context, "koordinator");
		ApiTokenService tokens = this.context.getBean(ApiTokenService.class);
		NewApiToken token = tokens.create("SIMPEG uji " + TestData.username("t"));
		assertThat(put(TestData.nip(), body("Sebelum Dicabut"), token.token(), null).statusCode()).isEqualTo(201);
		assertThat(summary(tokens, token.id()).lastUsedAt()).isNotNull();
		tokens.revoke(token.id());
		HttpResponse<String> revoked = put(TestData.nip(), body("Sesudah Dicabut"), token.token(), null);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(revoked.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(PROBLEM_JSON));
	}

	@Test
	void putCreatesAnEmployeeOfTheTokensAgencyThenReplacesIt() throws Exception {
		String nip = TestData.nip();
		HttpResponse<String> created = put(nip, """
				{"name": "Wulan Sari, S.Pd.", "rankGrade": "Penata Muda (III/a)", "position": "Guru Ahli Pertama",
				 "unitCode": "36.04.03", "email": "wulan.%s@example.go.id", "phone": "081311112222"}""".formatted(nip),
				DEMO_TOKEN, null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/employees/" + nip);
		JsonNode employee = this.json.readTree(created.body());
		assertThat(employee.get("nip").asString()).isEqualTo(nip);
		assertThat(employee.get("unitCode").asString()).isEqualTo("36.04.03");
		assertThat(employee.get("unitName").asString()).isEqualTo("Dinas Pendidikan Kabupaten Serang");
		assertThat(employee.get("status").asString()).isEqualTo("PENDING_ACTIVATION");

		String spaced = nip.substring(0, 8) + "%20" + nip.substring(8);
		HttpResponse<String> replaced = put(spaced, """
				{"name": "Wulan Sari, S.Pd., M.Pd.", "position": "Guru Ahli Muda"}""", DEMO_TOKEN, null);
		assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
		PersonRef person = this.people.findByNip(nip).orElseThrow();
		assertThat(person.fullName()).isEqualTo("Wulan Sari, S.Pd., M.Pd.");
		assertThat(person.rankGrade()).isNull();
		assertThat(person.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
		assertThat(person.agencyId()).isEqualTo(agencyId("36.04.03"));
	}

	@Test
	void aBadNipGets400WithTheNipsOwnReasonPerField() throws Exception {
		HttpResponse<String> response = put("19850312201001100", body("Nip Pendek"), DEMO_TOKEN, null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(PROBLEM_JSON));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(errors(problem)).containsExactly("nip: A NIP has 18 digits, not 17.");
	}

	@Test
	void everyBadFieldIsReportedInTheCallersLanguage() throws Exception {
		HttpResponse<String> english = put("19850230 201001 1 003".replace(" ", "%20"),
				"{\"email\": \"bukan-email\"}", DEMO_TOKEN, null);
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(errors(this.json.readTree(english.body()))).containsExactlyInAnyOrder(
				"nip: The birth date in the NIP (19850230) is not a valid date.", "name: The name is required.",
				"email: The e-mail address bukan-email is not valid.");
		HttpResponse<String> indonesian = put(TestData.nip(), "{\"name\": \"\"}", DEMO_TOKEN, "id-ID,id;q=0.9,en;q=0.5");
		assertThat(errors(this.json.readTree(indonesian.body()))).containsExactly("name: Nama wajib diisi.");
	}

	@Test
	void fieldsTheApiDoesNotKnowAreIgnored() throws Exception {
		String nip = TestData.nip();
		String body = "{\"nip\": \"" + nip + "\", \"name\": \"Lukman Hakim\", \"golonganRuang\": \"III/a\"}";
		HttpResponse<String> response = put(nip, body, DEMO_TOKEN, null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	@Test
	void unreadableJsonGets400ProblemDetails() throws Exception {
		HttpResponse<String> response = put(TestData.nip(), "{\"name\": ", DEMO_TOKEN, null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(PROBLEM_JSON));
	}

	@Test
	void aNipOfAnotherAgencyGets403AndIsNotChanged() throws Exception {
		PersonRef provincial = this.people.inAgencies(List.of(agencyId("36.00.01")))
			.stream()
			.filter(person -> person.nip() != null)
			.findFirst()
			.orElseThrow();
		HttpResponse<String> response = put(provincial.nip(), body("Diambil Alih"), DEMO_TOKEN, null);
		assertThat(response.statusCode()).isEqualTo(403);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("detail").asString()).isEqualTo(
				"NIP " + provincial.nip() + " belongs to an employee of another agency.");
		assertThat(this.people.find(provincial.accountId()).orElseThrow().fullName()).isEqualTo(provincial.fullName());
	}

	@Test
	void aTokenCannotTakeOverAStaffAccountOfItsAgency() throws Exception {
		SignIn.as(this.context, "admin");
		String nip = TestData.nip();
		String email = "penyelenggara." + nip + "@example.go.id";
		long organiser = this.context.getBean(AccountService.class).createAccount(new NewAccount(
				TestData.username("staf"), "Staf Penyelenggara", email, nip, null, agencyId("36.04.01"),
				Set.of(Role.ORGANISER), "Rahasia2026"));
		SignIn.out();
		HttpResponse<String> response = put(nip, """
				{"name": "Diambil Alih", "email": "penyerang@example.com"}""", DEMO_TOKEN, "id");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(PROBLEM_JSON));
		assertThat(this.json.readTree(response.body()).get("detail").asString()).startsWith("Akun ini milik staf");
		PersonRef after = this.people.find(organiser).orElseThrow();
		assertThat(after.email()).isEqualTo(email);
		assertThat(after.fullName()).isEqualTo("Staf Penyelenggara");
	}

	@Test
	void aPutWithoutEmailKeepsTheStoredAddress() throws Exception {
		String nip = TestData.nip();
		String email = "tetap." + nip + "@example.go.id";
		assertThat(put(nip, "{\"name\": \"Joko Susilo\", \"email\": \"" + email + "\"}", DEMO_TOKEN, null)
			.statusCode()).isEqualTo(201);
		HttpResponse<String> renamed = put(nip, body("Joko Susilo, S.T."), DEMO_TOKEN, null);
		assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
		assertThat(this.json.readTree(renamed.body()).get("email").asString()).isEqualTo(email);
		HttpResponse<String> explicitNull = put(nip, "{\"name\": \"Joko Susilo, S.T.\", \"email\": null}",
				DEMO_TOKEN, null);
		assertThat(explicitNull.statusCode()).isEqualTo(200);
		assertThat(this.people.findByNip(nip).orElseThrow().email()).isEqualTo(email);
	}

	@Test
	void openApiDocumentDescribesTheEmployeesPathAndTheBearerScheme() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode document = this.json.readTree(response.body());
		assertThat(document.get("paths").has("/api/v1/employees/{nip}")).isTrue();
		assertThat(document.at("/paths/~1api~1v1~1employees~1{nip}/put/responses").has("400")).isTrue();
		JsonNode schemes = document.at("/components/securitySchemes");
		assertThat(schemes.properties()).singleElement().satisfies(scheme -> {
			assertThat(scheme.getValue().get("type").asString()).isEqualTo("http");
			assertThat(scheme.getValue().get("scheme").asString()).isEqualTo("bearer");
		});
		assertThat(document.get("paths").propertyNames()).allMatch(path -> path.startsWith("/api/"));
	}

	@Test
	void swaggerUiIsServedWithoutSigningIn() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(uri("/swagger-ui/index.html")).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("swagger-ui");
	}

	private HttpResponse<String> put(String nip, String body, String token, String language)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/employees/" + nip))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private long agencyId(String code) {
		return this.agencies.all().stream().filter(agency -> agency.code().equals(code)).map(AgencyRef::id)
			.findFirst().orElseThrow();
	}

	private static String body(String name) {
		return "{\"name\": \"" + name + "\"}";
	}

	private static List<String> errors(JsonNode problem) {
		return problem.get("errors").valueStream()
			.map(error -> error.get("field").asString() + ": " + error.get("message").asString())
			.collect(Collectors.toList());
	}

	private static ApiTokenSummary summary(ApiTokenService tokens, long id) {
		return tokens.tokens().stream().filter(token -> token.id() == id).findFirst().orElseThrow();
	}

}
