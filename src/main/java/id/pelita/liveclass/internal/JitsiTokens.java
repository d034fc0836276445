package id.pelita.liveclass.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.pelita.liveclass.JitsiSettings;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * HS256 JSON Web Tokens for a self-hosted Jitsi Meet with token authentication (Prosody
 * {@code authentication="token"} with {@code app_id}/{@code app_secret}), signed with the JDK's {@code HmacSHA256}
 * and nothing else. One token per participant and session:
 * <ul>
 * <li>header {@code {"alg":"HS256","typ":"JWT"}};</li>
 * <li>{@code iss} and {@code aud} = the app id. Prosody accepts {@code aud} only when it is listed in
 * {@code asap_accepted_audiences}; lib-jitsi-meet's examples use {@code "jitsi"}, so a server configured for that
 * must list the app id there too (or accept {@code "*"});</li>
 * <li>{@code sub} = the Jitsi host name (without a port), {@code room} = the session's room name;</li>
 * <li>{@code nbf} = the opening of the join window, {@code exp} = the end of the session plus one hour, both numeric
 * seconds since the epoch;</li>
 * <li>{@code context.user} with {@code id}, {@code name} and {@code email} as strings (an absent one is left out,
 * never null: Prosody refuses nulls), {@code moderator} {@code "true"} with {@code affiliation} {@code "owner"}
 * for hosts, {@code "false"}/{@code "member"} for everyone else (honoured by jitsi-contrib's
 * {@code token_affiliation} with {@code enable-auto-owner=false}; stock Jicofo makes every token holder a
 * moderator).</li>
 * </ul>
 * The three parts are base64url without padding.
 */
@Component
public class JitsiTokens {

	/** How long after the end of the session a token still lets someone in (a session that runs over). */
	public static final Duration AFTER_END = Duration.ofHours(1);

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JitsiSettings settings;

	public JitsiTokens(JitsiSettings settings) {
		this.settings = settings;
	}

	/**
	 * The token of one person for one session's room.
	 * @param joinOpensAt the opening of the join window ({@code nbf})
	 * @param endsAt the scheduled end ({@code exp} is one hour later)
	 * @param host whether the person hosts: the session's host, an organiser or an administrator
	 */
	public String token(String roomName, Instant joinOpensAt, Instant endsAt, JitsiUser user, boolean host) {
		String appId = this.settings.appId();
		String secret = this.settings.appSecret();
		if (!this.settings.tokenAuth() || appId == null || secret == null) {
			throw new IllegalStateException("Jitsi token authentication is not configured (pelita.jitsi.app-id/app-secret)");
		}
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("alg", "HS256");
		header.put("typ", "JWT");
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("id", user.id());
		putIfPresent(person, "name", user.name());
		putIfPresent(person, "email", user.email());
		person.put("moderator", host ? "true" : "false");
		person.put("affiliation", host ? "owner" : "member");
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", appId);
		claims.put("aud", appId);
		claims.put("sub", hostName(this.settings.domain()));
		claims.put("room", roomName);
		claims.put("nbf", joinOpensAt.getEpochSecond());
		claims.put("exp", endsAt.plus(AFTER_END).getEpochSecond());
		claims.put("context", Map.of("user", person));
		String signed = part(header) + "." + part(claims);
		return signed + "." + BASE64URL.encodeToString(hmacSha256(secret, signed));
	}

	/** The host name of a domain setting that may carry a port ({@code meet.example.go.id:8443}). */
	static String hostName(String domain) {
		int colon = domain.lastIndexOf(':');
		return colon > 0 && domain.indexOf(']') < colon ? domain.substring(0, colon) : domain;
	}

	private static void putIfPresent(Map<String, Object> claims, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			claims.put(name, value);
		}
	}

	private static String part(Map<String, Object> json) {
		return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
	}

	private static byte[] hmacSha256(String secret, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** The person in the token: account id, full name and e-mail (the last two may be absent). */
	public record JitsiUser(String id, @Nullable String name, @Nullable String email) {
	}

}
