package id.pelita.liveclass;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Jitsi server, {@code pelita.jitsi.*}.
 *
 * @param domain the Jitsi Meet host (default {@code meet.jit.si}); its {@code external_api.js} is loaded by the
 * session page at run time
 * @param appId with {@code appSecret}: a self-hosted server with token authentication; every participant then gets
 * an HS256 JWT, moderators only for hosts
 * @param appSecret the shared HS256 secret of that server
 */
@ConfigurationProperties("pelita.jitsi")
public record JitsiSettings(String domain, @Nullable String appId, @Nullable String appSecret) {

	public JitsiSettings {
		domain = domain == null || domain.isBlank() ? "meet.jit.si" : domain.trim();
	}

	/** Whether the server wants a token from every participant. */
	public boolean tokenAuth() {
		return this.appId != null && !this.appId.isBlank() && this.appSecret != null && !this.appSecret.isBlank();
	}

	public String roomUrl(String roomName) {
		return "https://" + this.domain + "/" + roomName;
	}

}
