package id.pelita.liveclass;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Zoom account behind Zoom sessions, {@code pelita.zoom.*}: a Server-to-Server OAuth app of the account. Zoom
 * can be chosen for sessions only when {@link #configured()}; its webhooks are accepted only with a
 * {@code webhookSecret}.
 *
 * @param apiBaseUrl the REST API (default {@code https://api.zoom.us/v2})
 * @param oauthUrl the token endpoint (default {@code https://zoom.us/oauth/token})
 * @param accountId the account id of the Server-to-Server OAuth app
 * @param clientId its client id
 * @param clientSecret its client secret
 * @param webhookSecret the app's "secret token", which signs the webhook deliveries
 * @param hostUser the Zoom user (id or e-mail) meetings are created under (default {@code me}); with a
 * Server-to-Server app, name a licensed host so that participants can register
 * @param connectTimeout how long to wait for a connection to Zoom (default 5 s)
 * @param readTimeout how long to wait for Zoom's answer (default 10 s)
 */
@ConfigurationProperties("pelita.zoom")
public record ZoomSettings(String apiBaseUrl, String oauthUrl, @Nullable String accountId, @Nullable String clientId,
		@Nullable String clientSecret, @Nullable String webhookSecret, String hostUser, Duration connectTimeout,
		Duration readTimeout) {

	public ZoomSettings {
		apiBaseUrl = blank(apiBaseUrl) ? "https://api.zoom.us/v2" : stripSlash(apiBaseUrl.strip());
		oauthUrl = blank(oauthUrl) ? "https://zoom.us/oauth/token" : oauthUrl.strip();
		hostUser = blank(hostUser) ? "me" : hostUser.strip();
		connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
		readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
	}

	/** Whether the Server-to-Server OAuth credentials are all there, so that meetings can be created. */
	public boolean configured() {
		return !blank(this.accountId) && !blank(this.clientId) && !blank(this.clientSecret);
	}

	/** Whether webhook deliveries can be verified. */
	public boolean webhooksConfigured() {
		return !blank(this.webhookSecret);
	}

	/** Never shows the secrets (settings end up in logs and failure reports). */
	@Override
	public String toString() {
		return "ZoomSettings[apiBaseUrl=" + this.apiBaseUrl + ", oauthUrl=" + this.oauthUrl + ", accountId="
				+ this.accountId + ", clientId=" + this.clientId + ", clientSecret=" + mask(this.clientSecret)
				+ ", webhookSecret=" + mask(this.webhookSecret) + ", hostUser=" + this.hostUser + ", connectTimeout="
				+ this.connectTimeout + ", readTimeout=" + this.readTimeout + "]";
	}

	private static String mask(@Nullable String secret) {
		return blank(secret) ? "(none)" : "******";
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
