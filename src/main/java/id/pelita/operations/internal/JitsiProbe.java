package id.pelita.operations.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import id.pelita.liveclass.JitsiSettings;
import id.pelita.operations.IntegrationSettings;
import id.pelita.operations.JitsiStatus;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Fetches the Jitsi server's {@code external_api.js} (what the session page loads) with short time-outs, only when
 * asked (the test button); the outcome of the last fetch is kept on this node for the page and the health
 * contributor, which never fetch themselves.
 */
@Component
public class JitsiProbe {

	/** The IFrame API's class, which a real {@code external_api.js} defines. */
	static final String API_CLASS = "JitsiMeetExternalAPI";

	private static final int MAX_SCRIPT = 5 * 1024 * 1024;

	private final JitsiSettings jitsi;

	private final IntegrationSettings settings;

	private final Clock clock;

	private final OkHttpClient http;

	private final AtomicReference<@Nullable Fetch> last = new AtomicReference<>();

	JitsiProbe(JitsiSettings jitsi, IntegrationSettings settings, Clock clock) {
		this.jitsi = jitsi;
		this.settings = settings;
		this.clock = clock;
		this.http = new OkHttpClient.Builder().connectTimeout(settings.httpTimeout())
			.readTimeout(settings.httpTimeout())
			.callTimeout(settings.httpTimeout().multipliedBy(2))
			.retryOnConnectionFailure(false)
			.followRedirects(true)
			.build();
	}

	public JitsiStatus status() {
		Fetch fetch = this.last.get();
		return new JitsiStatus(this.jitsi.domain(), this.jitsi.tokenAuth(), scriptUrl(),
				fetch == null ? null : fetch.at(), fetch == null ? null : fetch.error());
	}

	/** Fetches the script now; the error (empty on success) is also kept as the last outcome. */
	public @Nullable String fetch() {
		String error = download(scriptUrl());
		this.last.set(new Fetch(this.clock.instant(), error));
		return error;
	}

	private @Nullable String download(String url) {
		Request request;
		try {
			request = new Request.Builder().url(url).header("Accept", "application/javascript, */*").get().build();
		}
		catch (IllegalArgumentException ex) {
			return "Invalid address " + url + ": " + ex.getMessage();
		}
		try (Response response = this.http.newCall(request).execute()) {
			if (!response.isSuccessful()) {
				return "HTTP " + response.code() + " from " + url;
			}
			String body = response.peekBody(MAX_SCRIPT).string();
			return body.contains(API_CLASS) ? null : url + " answered, but not with Jitsi's IFrame API script";
		}
		catch (InterruptedIOException ex) {
			return "No answer from " + url + " within " + this.settings.httpTimeout().toMillis() + " ms";
		}
		catch (IOException ex) {
			return ex.getClass().getSimpleName() + " " + (ex.getMessage() == null ? "" : ex.getMessage()) + " (" + url
					+ ")";
		}
	}

	private String scriptUrl() {
		return this.settings.jitsiScript(this.jitsi.domain());
	}

	private record Fetch(Instant at, @Nullable String error) {
	}

}
