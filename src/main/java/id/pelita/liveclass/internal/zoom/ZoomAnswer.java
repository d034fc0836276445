package id.pelita.liveclass.internal.zoom;

import java.io.IOException;
import java.io.InterruptedIOException;

import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One answer of Zoom, read in full, and how Zoom's JSON is read. A connection failure or a timeout becomes
 * {@link ZoomException.Unavailable}.
 */
record ZoomAnswer(int status, Headers headers, byte[] body) {

	static ZoomAnswer send(OkHttpClient http, Request request) {
		try (Response response = http.newCall(request).execute()) {
			return new ZoomAnswer(response.code(), response.headers(), response.body().bytes());
		}
		catch (InterruptedIOException ex) {
			throw new ZoomException.Unavailable("Zoom did not answer in time", ex);
		}
		catch (IOException ex) {
			throw new ZoomException.Unavailable("Zoom could not be reached (" + ex.getClass().getSimpleName() + ")",
					ex);
		}
	}

	boolean successful() {
		return this.status >= 200 && this.status < 300;
	}

	/** Zoom's side failed or was too slow: worth another try. */
	boolean serverError() {
		return this.status >= 500 || this.status == 408;
	}

	/** The body as JSON; a body that is not JSON counts as an outage (a proxy's error page, a cut answer). */
	JsonNode json(JsonMapper mapper) {
		try {
			return mapper.readTree(this.body);
		}
		catch (JacksonException ex) {
			throw new ZoomException.Unavailable("Zoom's answer is not JSON (HTTP " + this.status + ")", ex);
		}
	}

	/** The body as JSON, or an empty object (error answers may have no body or an HTML one). */
	JsonNode jsonOrEmpty(JsonMapper mapper) {
		if (this.body.length == 0) {
			return mapper.createObjectNode();
		}
		try {
			return mapper.readTree(this.body);
		}
		catch (JacksonException ex) {
			return mapper.createObjectNode();
		}
	}

	/** A field as text; {@code null} when it is missing, null or blank. */
	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return null;
		}
		String text = value.asString("");
		return text.isBlank() ? null : text;
	}

}
