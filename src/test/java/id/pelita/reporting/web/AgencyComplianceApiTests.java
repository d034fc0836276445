package id.pelita.reporting.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.pelita.agency.ApiTokenService;
import id.pelita.reporting.AgencyYear;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * An HR system reads its agency's compliance over HTTP with its own token, on the hand-computed {@link AgencyYear}
 * (that the page and the export agree with it: {@code AgencyNumbersAgreeTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgencyComplianceApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenService tokens;

	private final HttpClient http = HttpClient.newHttpClient();

	AgencyYear data;

	String rootToken;

	String unitToken;

	@BeforeEach
	void tokens() {
		this.data = new AgencyYear(this.context);
		this.rootToken = "pelita_test_" + UUID.randomUUID();
		this.unitToken = "pelita_test_" + UUID.randomUUID();
		this.tokens.registerKnownToken(this.data.root, this.data.rootCoordinator.accountId(), "HR", this.rootToken);
		this.tokens.registerKnownToken(this.data.unit, this.data.unitCoordinator.accountId(), "HR", this.unitToken);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void everyEmployeeOfTheTokensAgencyComesPageByPageByNipWithTheTotal() throws Exception {
		JsonNode first = read(this.rootToken, "?year=" + this.data.year + "&page=0&size=4", 200);
		assertThat(first.get("totalElements").asLong()).isEqualTo(6);
		assertThat(first.get("totalPages").asInt()).isEqualTo(2);
		assertThat(first.get("hasNext").asBoolean()).isTrue();
		assertThat(first.get("next").asString())
			.isEqualTo("/api/v1/agencies/me/compliance?year=" + this.data.year + "&page=1&size=4");
		JsonNode second = read(this.rootToken, "?year=" + this.data.year + "&page=1&size=4", 200);
		assertThat(second.get("hasNext").asBoolean()).isFalse();
		assertThat(second.get("next").isNull()).isTrue();
		List<JsonNode> employees = new ArrayList<>();
		first.get("employees").forEach(employees::add);
		second.get("employees").forEach(employees::add);
		assertThat(employees).extracting(employee -> employee.get("nip").asString()).isSorted().hasSize(6);
		JsonNode adi = employees.stream()
			.filter(employee -> employee.get("nip").asString().equals(this.data.adi.nip()))
			.findFirst()
			.orElseThrow();
		assertThat(adi.get("name").asString()).isEqualTo("Adi Saputra");
		assertThat(adi.get("unit").asString()).isEqualTo("Dinas Uji " + this.data.rootCode);
		assertThat(adi.get("jp").decimalValue()).isEqualByComparingTo("20");
		assertThat(adi.get("reached").asBoolean()).isTrue();

		JsonNode unit = read(this.unitToken, "?year=" + this.data.year, 200);
		assertThat(unit.get("totalElements").asLong()).isEqualTo(3);
		assertThat(unit.get("employees").findValuesAsString("nip")).doesNotContain(this.data.adi.nip());
	}

	@Test
	void badParametersAndAMissingTokenAreRefused() throws Exception {
		JsonNode problem = read(this.rootToken, "?year=" + this.data.year + "&size=501", 400);
		assertThat(problem.toString()).contains("size");
		assertThat(read(this.rootToken, "?year=1999", 400).toString()).contains("year");
		assertThat(read(this.rootToken, "?page=-1", 400).toString()).contains("page");
		HttpResponse<String> anonymous = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/agencies/me/compliance"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	@Test
	void theOpenApiDocumentDescribesTheCompliancePath() throws Exception {
		HttpResponse<String> docs = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/v3/api-docs"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(docs.statusCode()).isEqualTo(200);
		JsonNode document = this.json.readTree(docs.body());
		JsonNode get = document.get("paths").get("/api/v1/agencies/me/compliance").get("get");
		assertThat(get.get("tags").get(0).asString()).isEqualTo("Compliance");
		assertThat(get.get("responses").propertyNames()).contains("200", "400", "401");
		assertThat(document.get("components").get("schemas").get("EmployeeCompliance").get("properties")
			.propertyNames()).contains("nip", "name", "unit", "jp", "reached");
	}

	private JsonNode read(String token, String query, int status) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/agencies/me/compliance" + query))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return this.json.readTree(response.body());
	}

}
