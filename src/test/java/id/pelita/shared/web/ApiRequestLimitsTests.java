package id.pelita.shared.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import id.pelita.identity.PersonDirectory;
import id.pelita.support.ApiClient;
import id.pelita.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The body limit of {@code /api/v1} over real HTTP (2 MB by default): refused with 413 problem details whether the
 * size is declared or the body comes chunked, before anything is saved; and a nomination in which no entry is a NIP
 * is refused as a whole instead of being kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiRequestLimitsTests {

	private static final int THREE_MB = 3 * 1024 * 1024;

	@LocalServerPort
	int port;

	private ApiClient api;

	@Autowired
	JsonMapper json;

	@Autowired
	PersonDirectory people;

	@Autowired
	ApiProblemWriter problems;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void client() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void aDeclaredBodyOverTheLimitGets413WithoutBeingRead() throws Exception {
		String nip = TestData.nip();
		HttpResponse<String> response = this.api.send(this.api.request("/api/v1/employees/" + nip)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "id")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(bigEmployee())));
		JsonNode problem = assertProblem(response);
		assertThat(problem.get("title").asString()).isEqualTo("Isi permintaan terlalu besar");
		assertThat(problem.get("detail").asString()).isEqualTo("Isi permintaan melebihi batas 2 MB.");
		assertThat(this.people.findByNip(nip)).isEmpty();
	}

	@Test
	void aChunkedBodyOverTheLimitGets413AndNothingIsSaved() throws Exception {
		String nip = TestData.nip();
		HttpResponse<String> response = this.api.send(this.api.request("/api/v1/employees/" + nip)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bigEmployee()))));
		JsonNode problem = assertProblem(response);
		assertThat(problem.get("title").asString()).isEqualTo("Content Too Large");
		assertThat(problem.get("detail").asString()).isEqualTo("The request body is larger than the limit of 2 MB.");
		assertThat(this.people.findByNip(nip)).isEmpty();
	}

	@Test
	void aBodyUnderTheLimitIsServedAsBefore() throws Exception {
		String nip = TestData.nip();
		String name = "Rahmat Hidayat";
		String padding = " ".repeat(1024 * 1024);
		HttpResponse<String> response = this.api.send(this.api.request("/api/v1/employees/" + nip)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
					("{\"name\": \"" + name + "\"" + padding + "}").getBytes(StandardCharsets.UTF_8)))));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(this.people.findByNip(nip).orElseThrow().fullName()).isEqualTo(name);
	}

	@Test
	void aNominationWithoutASingleNipIsRefusedWith400PerEntryAndNotKept() throws Exception {
		HttpResponse<String> runs = this.api.get("/api/v1/runs", null);
		long runId = this.json.readTree(runs.body()).get(0).get("id").asLong();
		int before = this.jdbc.queryForObject("select count(*) from nomination", Integer.class);
		HttpResponse<String> response = this.api.send(this.api.request("/api/v1/runs/" + runId + "/nominations")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"nips\": [\"123\", \"bukan-nip\", \"\"]}")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()))
			.containsExactly("nips[0]", "nips[1]", "nips[2]");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("A NIP has 18 digits, not 3.");
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from nomination", Integer.class)).isEqualTo(before);
	}

	@Test
	void theLimitIsASettingOf2MbByDefault() {
		assertThat(bind(Map.of()).maxBodySize()).isEqualTo(DataSize.ofMegabytes(2));
		assertThat(bind(Map.of("pelita.api.max-body-size", "64KB")).maxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
	}

	@Test
	void theFilterCountsABodyWithoutALength() throws Exception {
		ApiBodyLimit.LimitFilter filter = new ApiBodyLimit.LimitFilter(1024, this.problems);
		InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
				new ByteArrayInputStream(new byte[1024]), new ByteArrayInputStream(new byte[] { 1 }))));
		MockHttpServletRequest chunked = new MockHttpServletRequest("PUT", "/api/v1/employees/1") {

			@Override
			public jakarta.servlet.ServletInputStream getInputStream() {
				return new org.springframework.mock.web.DelegatingServletInputStream(body);
			}

		};
		chunked.addHeader("Transfer-Encoding", "chunked");
		assertThatExceptionOfType(ApiBodyLimit.BodyTooLarge.class).isThrownBy(() -> filter.doFilter(chunked,
				new MockHttpServletResponse(), (req, res) -> req.getInputStream().readAllBytes()));

		MockHttpServletRequest declared = new MockHttpServletRequest("PUT", "/api/v1/employees/1");
		declared.setContent(new byte[1025]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(declared, response, (req, res) -> {
			throw new AssertionError("a body declared too large must not reach the application");
		});
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getHeader("Connection")).isEqualTo("close");
	}

	private static ApiSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("pelita.api", ApiSettings.class);
	}

	private JsonNode assertProblem(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(413);
		return problem;
	}

	/** An employee whose name alone is 3 MB. */
	private static byte[] bigEmployee() {
		return ("{\"name\": \"" + "A".repeat(THREE_MB) + "\"}").getBytes(StandardCharsets.UTF_8);
	}

}
