package id.pelita.certificate.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import id.pelita.shared.i18n.Translations;
import id.pelita.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over Spring's former 1 MB multipart default reaches the verify-file API over real HTTP and is answered
 * with our translated problem, not with Spring's multipart error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VerifyFileUploadLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Translations translations;

	@Test
	void aFileOfOneAndAHalfMegabytesGetsOurProblemAnswer() throws Exception {
		byte[] content = new byte[1536 * 1024];
		Arrays.fill(content, (byte) 'x');
		String boundary = "pelita-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		ApiClient api = new ApiClient(this.port);
		HttpResponse<String> response = api.send(api.request("/api/v1/certificates/verify-file")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", "id")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("detail").asString())
			.isEqualTo(this.translations.translate("certificate.verify.error.notPdf", Locale.forLanguageTag("id")));
	}

}
