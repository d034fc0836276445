package id.pelita.liveclass.internal.zoom;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import id.pelita.liveclass.ZoomSettings;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server-to-Server OAuth: {@code POST oauthUrl} with {@code grant_type=account_credentials&account_id=...} and
 * {@code Authorization: Basic base64(clientId:clientSecret)}. The token (one hour, no refresh token) is shared by
 * all threads until shortly before it expires; only one thread asks for a new one at a time. Neither the secret
 * nor a token is ever logged or put into a message.
 */
final class ZoomAccessTokens {

	/** A cached token is renewed this long before Zoom says it expires. */
	static final Duration MARGIN = Duration.ofMinutes(1);

	private final ZoomSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	private final OkHttpClient http;

	private final Object lock = new Object();

	private @Nullable Token token;

	ZoomAccessTokens(ZoomSettings settings, JsonMapper json, Clock clock, OkHttpClient http) {
		this.settings = settings;
		this.json = json;
		this.clock = clock;
		this.http = http;
	}

	/** A valid token: the cached one, or a new one. */
	String token() {
		synchronized (this.lock) {
			Instant now = this.clock.instant();
			Token cached = this.token;
			if (cached != null && now.isBefore(cached.expiresAt().minus(MARGIN))) {
				return cached.value();
			}
			Token fresh = request(now);
			this.token = fresh;
			return fresh.value();
		}
	}

	/** Drops the token Zoom refused, unless another thread has already replaced it. */
	void forget(String refused) {
		synchronized (this.lock) {
			if (this.token != null && this.token.value().equals(refused)) {
				this.token = null;
			}
		}
	}

	private Token request(Instant now) {
		String accountId = this.settings.accountId();
		String clientId = this.settings.clientId();
		String clientSecret = this.settings.clientSecret();
		if (accountId == null || clientId == null || clientSecret == null) {
			throw new ZoomException.Refused(401, null, "Zoom is not configured");
		}
		Request request = new Request.Builder().url(this.settings.oauthUrl())
			.header("Authorization", Credentials.basic(clientId, clientSecret, StandardCharsets.UTF_8))
			.header("Accept", "application/json")
			.post(new FormBody.Builder().add("grant_type", "account_credentials").add("account_id", accountId).build())
			.build();
		ZoomAnswer answer = ZoomAnswer.send(this.http, request);
		if (answer.status() == 429) {
			throw ZoomException.RateLimited.of(answer.headers(), false, null, now);
		}
		if (answer.serverError()) {
			throw new ZoomException.Unavailable("Zoom's token service answered HTTP " + answer.status());
		}
		JsonNode body = answer.jsonOrEmpty(this.json);
		if (answer.status() != 200) {
			String reason = ZoomAnswer.text(body, "reason");
			throw new ZoomException.Refused(answer.status(), null, "Zoom refused the Server-to-Server OAuth credentials"
					+ (reason == null ? " (HTTP " + answer.status() + ")" : ": " + reason));
		}
		String value = ZoomAnswer.text(body, "access_token");
		if (value == null) {
			throw new ZoomException.Unavailable("Zoom's token service gave no access_token");
		}
		long seconds = body.path("expires_in").isNumber() ? body.path("expires_in").asLong() : 3599;
		return new Token(value, now.plusSeconds(seconds));
	}

	private record Token(String value, Instant expiresAt) {

		@Override
		public String toString() {
			return "Token[expiresAt=" + this.expiresAt + "]";
		}

	}

}
