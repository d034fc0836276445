package id.pelita.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;

/** Calls the REST API over real HTTP as an agency HR system does, with the demo token of Kabupaten Serang. */
public final class ApiClient {

	public static final String DEMO_TOKEN = "pelita-demo-serang-2026";

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	public ApiClient(int port) {
		this.port = port;
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	/** A request to the path carrying the demo token. */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + DEMO_TOKEN);
	}

	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** GET with the demo token, in the language asked for (none: the API's default, English). */
	public HttpResponse<String> get(String path, @Nullable String language) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path);
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return send(request);
	}

	/** PUT of a JSON body with the demo token. */
	public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

}
