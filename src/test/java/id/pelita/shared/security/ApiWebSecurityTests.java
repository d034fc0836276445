package id.pelita.shared.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The two filter chains over real HTTP: the stateless API beside the Vaadin application with its sign-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiWebSecurityTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void apiCallsCreateNoSession() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/employees/198503122010011003"))
			.header("Authorization", "Bearer pelita-demo-serang-2026")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"\"}")));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void unknownApiPathsAnswer404AsProblemDetails() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/tidak-ada"))
			.header("Authorization", "Bearer pelita-demo-serang-2026")
			.GET());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(send(HttpRequest.newBuilder(uri("/api/v1/tidak-ada")).GET()).statusCode()).as("without a token")
			.isEqualTo(401);
	}

	@Test
	void theActivationPageOpensWithoutSigningIn() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/aktivasi/token-apa-saja")).GET());
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void coordinatorPagesSendAnonymousVisitorsToSignIn() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/instansi/pegawai")).GET());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
