package id.pelita.reporting.web;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.reporting.ExternalEntry;
import id.pelita.reporting.ExternalTrainings;
import id.pelita.reporting.JpLedger;
import id.pelita.reporting.JpTestData;
import id.pelita.support.ApiClient;
import id.pelita.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static id.pelita.reporting.JpTestData.input;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JP API over real HTTP, as an agency HR system calls it with the demo token of Kabupaten Serang: an employee's
 * year with the entries that make it up, recording a training outside Pelita, problems per field in the caller's
 * language, and another agency's NIP answered exactly like an unknown one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JpApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	ExternalTrainings trainings;

	@Autowired
	JpLedger ledger;

	private ApiClient api;

	private EnrolmentFixtures fixtures;

	private PersonRef employee;

	@BeforeEach
	void employee() {
		this.api = new ApiClient(this.port);
		this.fixtures = new EnrolmentFixtures(this.context);
		this.employee = this.fixtures.employee(this.fixtures.agency("36.04.02"));
	}

	@Test
	void theYearListsTheEntriesThatMakeUpTheTotal() throws Exception {
		String number = new JpTestData(this.context).certificate(this.employee, "Penguatan Integritas",
				LocalDate.parse("2026-02-02"), LocalDate.parse("2026-02-06"), "12");
		this.fixtures.as(this.fixtures.coordinator(this.fixtures.agency("36.04")), () -> this.trainings
			.record(this.employee.accountId(), input("Diklat Kepemimpinan", "2026-03-02", "2026-03-04", "8.5")));
		this.fixtures.as(EnrolmentFixtures.participant(this.employee), () -> this.trainings
			.submit(input("Menunggu", "2026-04-01", "2026-04-01", "3"), JpTestData.pdf("a.pdf")));

		HttpResponse<String> response = this.api.get("/api/v1/employees/" + spaced(this.employee.nip()) + "/jp?year=2026",
				null);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode year = this.json.readTree(response.body());
		assertThat(year.get("nip").asString()).isEqualTo(this.employee.nip());
		assertThat(year.get("totalJp").decimalValue()).isEqualByComparingTo("20.5");
		assertThat(year.get("targetJp").asInt()).isEqualTo(20);
		assertThat(year.get("reached").asBoolean()).isTrue();
		assertThat(year.get("entries")).hasSize(2);
		JsonNode certificate = year.get("entries").get(0);
		assertThat(certificate.get("source").asString()).isEqualTo("CERTIFICATE");
		assertThat(certificate.get("title").asString()).isEqualTo("Penguatan Integritas");
		assertThat(certificate.get("startDate").asString()).isEqualTo("2026-02-02");
		assertThat(certificate.get("certificateNumber").asString()).isEqualTo(number);
		assertThat(certificate.get("verificationUrl").asString()).contains("/verifikasi/");
		JsonNode external = year.get("entries").get(1);
		assertThat(external.get("source").asString()).isEqualTo("EXTERNAL");
		assertThat(external.get("organiser").asString()).isEqualTo("BPSDM Provinsi Jawa Barat");
		assertThat(external.get("jp").decimalValue()).isEqualByComparingTo("8.5");
		assertThat(external.get("certificateNumber").isNull()).isTrue();
	}

	@Test
	void anExternalEntryWithEvidenceLinksToItsFileForTheSameToken() throws Exception {
		ExternalEntry submitted = this.fixtures.as(EnrolmentFixtures.participant(this.employee), () -> this.trainings
			.submit(input("Bimtek Kearsipan", "2026-05-04", "2026-05-06", "6"), JpTestData.pdf("sertifikat bimtek.pdf")));
		PersonRef elsewhere = this.fixtures.employee(this.fixtures.agency("36.02"));
		ExternalEntry foreign = this.fixtures.as(EnrolmentFixtures.participant(elsewhere), () -> this.trainings
			.submit(input("Bimtek Lain", "2026-05-04", "2026-05-06", "6"), JpTestData.pdf("lain.pdf")));
		String evidence = "/api/v1/employees/" + this.employee.nip() + "/jp-entries/" + submitted.id() + "/evidence";
		// waiting for approval: not in the year, and its file is not given out
		assertThat(this.api.get(evidence, null).statusCode()).isEqualTo(404);
		this.fixtures.as(this.fixtures.coordinator(this.fixtures.agency("36.04")),
				() -> this.trainings.approve(submitted.id()));

		JsonNode year = this.json.readTree(
				this.api.get("/api/v1/employees/" + this.employee.nip() + "/jp?year=2026", null).body());
		assertThat(year.get("entries")).singleElement()
			.satisfies(entry -> assertThat(entry.get("evidenceUrl").asString()).isEqualTo(evidence));
		HttpResponse<byte[]> file = HttpClient.newHttpClient()
			.send(this.api.request(evidence).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
		assertThat(file.body()).isEqualTo(JpTestData.PDF);
		// another agency's entry under this NIP, or under its own NIP: alike not found
		assertThat(this.api.get("/api/v1/employees/" + this.employee.nip() + "/jp-entries/" + foreign.id()
				+ "/evidence", null).statusCode()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/employees/" + elsewhere.nip() + "/jp-entries/" + foreign.id() + "/evidence",
				null).statusCode()).isEqualTo(404);
	}

	@Test
	void anotherAgencysEmployeeIsNotFoundExactlyLikeAnUnknownNip() throws Exception {
		PersonRef elsewhere = this.fixtures.employee(this.fixtures.agency("36.02"));
		HttpResponse<String> other = this.api.get("/api/v1/employees/" + elsewhere.nip() + "/jp?year=2026", null);
		String unknownNip = TestData.nip();
		HttpResponse<String> unknown = this.api.get("/api/v1/employees/" + unknownNip + "/jp?year=2026", null);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(other.body()).get("detail").asString())
			.isEqualTo("No employee of your agency has the NIP " + elsewhere.nip() + ".");
		assertThat(this.json.readTree(unknown.body()).get("detail").asString())
			.isEqualTo("No employee of your agency has the NIP " + unknownNip + ".");
		HttpResponse<String> post = post(elsewhere.nip(), body("Diklat", "2026-03-02", "2026-03-04", "8", "OTHER"), null);
		assertThat(post.statusCode()).isEqualTo(404);
		assertThat(this.ledger.total(elsewhere.accountId(), 2026)).isEqualByComparingTo("0");
	}

	@Test
	void aMalformedNipOrYearIsABadRequest() throws Exception {
		HttpResponse<String> nip = this.api.get("/api/v1/employees/12345/jp?year=2026", null);
		assertThat(nip.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(nip.body()).get("errors").get(0).get("field").asString()).isEqualTo("nip");
		HttpResponse<String> year = this.api.get("/api/v1/employees/" + this.employee.nip() + "/jp?year=1890", null);
		assertThat(year.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(year.body()).get("errors").get(0).get("field").asString()).isEqualTo("year");
	}

	@Test
	void postRecordsATrainingThatCountsAtOnce() throws Exception {
		HttpResponse<String> created = post(this.employee.nip(),
				body("Pelatihan Teknis Arsip", "2026-12-30", "2027-01-02", "16", "OTHER_INSTITUTION"), null);

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location"))
			.hasValue("/api/v1/employees/" + this.employee.nip() + "/jp?year=2027");
		JsonNode entry = this.json.readTree(created.body());
		assertThat(entry.get("source").asString()).isEqualTo("EXTERNAL");
		assertThat(entry.get("type").asString()).isEqualTo("OTHER_INSTITUTION");
		assertThat(this.ledger.total(this.employee.accountId(), 2027)).isEqualByComparingTo("16");
		HttpResponse<String> year = this.api.get(created.headers().firstValue("Location").orElseThrow(), null);
		assertThat(this.json.readTree(year.body()).get("totalJp").decimalValue()).isEqualByComparingTo("16");
	}

	@Test
	void everyBadFieldGetsItsOwnProblemInTheCallersLanguage() throws Exception {
		HttpResponse<String> refused = post(this.employee.nip(), """
				{"title": "", "organiser": "BPSDM", "startDate": "02-03-2026", "endDate": "2026-03-04",
				 "jp": 250, "type": "KURSUS"}""", "id");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode errors = this.json.readTree(refused.body()).get("errors");
		assertThat(errors.valueStream().map(error -> error.get("field").asString()))
			.containsExactlyInAnyOrder("startDate", "type", "title", "jp");
		assertThat(errors.valueStream()
			.filter(error -> error.get("field").asString().equals("startDate"))
			.map(error -> error.get("message").asString()))
			.containsExactly("startDate harus berupa tanggal dengan format YYYY-MM-DD, bukan 02-03-2026.");
		assertThat(errors.valueStream()
			.filter(error -> error.get("field").asString().equals("jp"))
			.map(error -> error.get("message").asString()))
			.containsExactly("JP harus lebih dari 0 dan paling banyak 200, dengan paling banyak dua angka desimal.");
		assertThat(this.ledger.total(this.employee.accountId(), 2026)).isEqualByComparingTo("0");
	}

	@Test
	void theOpenApiDocumentDescribesBothOperations() throws Exception {
		HttpResponse<String> response = this.api.send(HttpRequest.newBuilder(this.api.uri("/v3/api-docs")).GET());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode paths = this.json.readTree(response.body()).get("paths");
		assertThat(paths.get("/api/v1/employees/{nip}/jp").get("get").get("responses").has("404")).isTrue();
		assertThat(paths.get("/api/v1/employees/{nip}/jp-entries").get("post").get("responses").has("201")).isTrue();
	}

	private HttpResponse<String> post(String nip, String body, String language) throws Exception {
		HttpRequest.Builder request = this.api.request("/api/v1/employees/" + nip + "/jp-entries")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return this.api.send(request);
	}

	private static String body(String title, String start, String end, String jp, String type) {
		return """
				{"title": "%s", "organiser": "BPSDM Provinsi Jawa Barat", "startDate": "%s", "endDate": "%s",
				 "jp": %s, "type": "%s"}""".formatted(title, start, end, jp, type);
	}

	/** {@code 19850312 201001 1 003}, as people type NIPs (encoded for a path). */
	private static String spaced(String nip) {
		return nip.substring(0, 8) + "%20" + nip.substring(8, 14) + "%20" + nip.substring(14, 15) + "%20"
				+ nip.substring(15);
	}

}
