package id.pelita.agency.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.pelita.agency.AgencyService;
import id.pelita.agency.RosterService;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.support.ApiClient;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HR system reads the roster back over HTTP with the demo token of Kabupaten Serang: one employee by NIP (404
 * for another agency's as for an unknown one) and everyone changed since a moment, page by page. On H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class EmployeeSyncApiTests {

	@LocalServerPort
	int port;

	private ApiClient api;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonDirectory people;

	@Autowired
	AgencyService agencies;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void getReadsBackAnEmployeeOfTheAgencyAsPutLeftThem() throws Exception {
		String nip = TestData.nip();
		HttpResponse<String> created = put(nip, """
				{"name": "Nur Aini, S.Kep.", "rankGrade": "Penata (III/c)", "position": "Perawat Ahli Muda",
				 "unitCode": "36.04.01", "email": "nur.%s@example.go.id", "phone": "081298765432"}""".formatted(nip));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		HttpResponse<String> read = get("/api/v1/employees/" + nip.substring(0, 8) + "%20" + nip.substring(8), null);
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		JsonNode employee = this.json.readTree(read.body());
		assertThat(employee.get("nip").asString()).isEqualTo(nip);
		assertThat(employee.get("name").asString()).isEqualTo("Nur Aini, S.Kep.");
		assertThat(employee.get("unitCode").asString()).isEqualTo("36.04.01");
		assertThat(employee.get("email").asString()).isEqualTo("nur." + nip + "@example.go.id");
		assertThat(employee.get("status").asString()).isEqualTo("PENDING_ACTIVATION");
		assertThat(Instant.parse(employee.get("updatedAt").asString()))
			.isEqualTo(Instant.parse(this.json.readTree(created.body()).get("updatedAt").asString()));
	}

	@Test
	void anotherAgencysEmployeeIsNotFoundJustLikeAnUnknownNip() throws Exception {
		PersonRef provincial = this.people.inAgencies(List.of(agencyId("36.00.01")))
			.stream()
			.filter(person -> person.nip() != null)
			.findFirst()
			.orElseThrow();
		HttpResponse<String> other = get("/api/v1/employees/" + provincial.nip(), null);
		HttpResponse<String> unknown = get("/api/v1/employees/" + TestData.nip(), null);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(unknown.statusCode()).isEqualTo(404);
		JsonNode problem = this.json.readTree(other.body());
		assertThat(problem.get("detail").asString())
			.isEqualTo("No employee of your agency has the NIP " + provincial.nip() + ".")
			.doesNotContain(provincial.fullName());
		assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> malformed = get("/api/v1/employees/123", "id");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(malformed.body()).get("errors").get(0).get("field").asString()).isEqualTo("nip");
	}

	@Test
	void synchronisationPagesThroughEveryChangeInAStableOrderAndEveryChangeMovesUpdatedAt() throws Exception {
		Instant start = Instant.now();
		List<String> nips = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			String nip = TestData.nip();
			assertThat(put(nip, "{\"name\": \"Sinkron " + i + "\", \"unitCode\": \"36.04.02\"}").statusCode())
				.isEqualTo(201);
			nips.add(nip);
		}
		List<JsonNode> everything = pages(start, 2);
		assertThat(everything.stream().map(employee -> employee.get("nip").asString()))
			.doesNotHaveDuplicates()
			.containsSubsequence(nips);
		JsonNode first = this.json.readTree(get(since(start) + "&page=0&size=2", null).body());
		assertThat(first.get("employees").size()).isEqualTo(2);
		assertThat(first.get("totalElements").asLong()).isEqualTo(everything.size());
		assertThat(first.get("totalPages").asInt()).isEqualTo((everything.size() + 1) / 2);
		assertThat(first.get("hasNext").asBoolean()).isTrue();
		assertThat(first.get("next").asString()).contains("page=1", "size=2", "updatedSince=");
		assertThat(Instant.parse(first.get("nextUpdatedSince").asString())).isBefore(Instant.now());

		Thread.sleep(5);
		Instant afterCreation = Instant.now();
		Thread.sleep(5);
		assertThat(mine(pages(afterCreation, 100), nips)).isEmpty();
		assertThat(put(nips.get(1), "{\"name\": \"Sinkron 2, S.H.\", \"unitCode\": \"36.04.02\"}").statusCode())
			.isEqualTo(200);
		SignIn.as(this.context, "koordinator");
		this.context.getBean(RosterService.class)
			.setActive(this.people.findByNip(nips.get(2)).orElseThrow().accountId(), false);
		SignIn.out();
		List<JsonNode> changed = mine(pages(afterCreation, 100), nips);
		assertThat(changed).extracting(employee -> employee.get("nip").asString())
			.containsExactly(nips.get(1), nips.get(2));
		assertThat(changed.get(0).get("name").asString()).isEqualTo("Sinkron 2, S.H.");
		assertThat(changed.get(1).get("status").asString()).isEqualTo("DISABLED");
		assertThat(changed).allSatisfy(employee -> assertThat(Instant.parse(employee.get("updatedAt").asString()))
			.isAfterOrEqualTo(afterCreation));
	}

	@Test
	void badParametersGet400PerParameterInTheCallersLanguage() throws Exception {
		HttpResponse<String> yesterday = get("/api/v1/employees?updatedSince=kemarin", "id");
		assertThat(yesterday.statusCode()).isEqualTo(400);
		JsonNode problem = this.json.readTree(yesterday.body());
		assertThat(problem.get("title").asString()).isEqualTo("Permintaan tidak valid");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("updatedSince");
		assertThat(problem.get("errors").get(0).get("message").asString())
			.isEqualTo("updatedSince harus berupa waktu ISO-8601 seperti 2026-12-01T00:00:00Z, bukan kemarin.");
		HttpResponse<String> paging = get("/api/v1/employees?page=-1&size=501", null);
		assertThat(paging.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(paging.body()).get("errors").valueStream()
			.map(error -> error.get("field").asString() + ": " + error.get("message").asString()))
			.containsExactly("page: page counts from 0; -1 is not a page.",
					"size: size must be between 1 and 500, not 501.");
		HttpResponse<String> notANumber = get("/api/v1/employees?size=banyak", null);
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(notANumber.body()).get("errors").get(0).get("field").asString())
			.isEqualTo("size");
		HttpResponse<String> withOffset = get("/api/v1/employees?size=1&updatedSince="
				+ URLEncoder.encode("2026-01-01T07:00:00+07:00", StandardCharsets.UTF_8), null);
		assertThat(withOffset.statusCode()).as(withOffset.body()).isEqualTo(200);
	}

	@Test
	void theOpenApiDocumentDescribesReadingBack() throws Exception {
		JsonNode document = this.json.readTree(this.api.get("/v3/api-docs", null).body());
		JsonNode list = document.at("/paths/~1api~1v1~1employees/get");
		assertThat(list.get("parameters").valueStream().map(parameter -> parameter.get("name").asString()))
			.containsExactly("updatedSince", "page", "size");
		assertThat(list.get("responses").has("400")).isTrue();
		JsonNode one = document.at("/paths/~1api~1v1~1employees~1{nip}/get");
		assertThat(one.get("responses").has("404")).isTrue();
		assertThat(one.at("/parameters/0/example").isString()).isTrue();
		assertThat(document.at("/components/schemas/EmployeePage/properties").has("nextUpdatedSince")).isTrue();
	}

	/** Every employee changed since the moment, read page by page as an HR system does. */
	private List<JsonNode> pages(Instant since, int size) throws Exception {
		List<JsonNode> all = new ArrayList<>();
		String next = since(since) + "&page=0&size=" + size;
		while (next != null) {
			HttpResponse<String> response = get(next, null);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode page = this.json.readTree(response.body());
			page.get("employees").forEach(all::add);
			next = page.get("hasNext").asBoolean() ? page.get("next").asString() : null;
		}
		return all;
	}

	private static List<JsonNode> mine(List<JsonNode> employees, List<String> nips) {
		return employees.stream().filter(employee -> nips.contains(employee.get("nip").asString())).toList();
	}

	private static String since(Instant moment) {
		return "/api/v1/employees?updatedSince=" + moment;
	}

	private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
		return this.api.get(path, language);
	}

	private HttpResponse<String> put(String nip, String body) throws IOException, InterruptedException {
		return this.api.put("/api/v1/employees/" + nip, body);
	}

	private long agencyId(String code) {
		return this.agencies.all().stream().filter(agency -> agency.code().equals(code)).map(AgencyRef::id)
			.findFirst().orElseThrow();
	}

}
