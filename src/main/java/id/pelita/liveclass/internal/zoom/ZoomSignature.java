package id.pelita.liveclass.internal.zoom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.pelita.liveclass.ZoomSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Zoom's webhook signature: {@code x-zm-signature = "v0=" + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" +
 * raw body))}, compared in constant time over the raw bytes as they arrived; a timestamp more than five minutes
 * away from now is refused (a replayed delivery). Without {@code pelita.zoom.webhook-secret} nothing is valid.
 */
@Component
@Conditional(ZoomConfigured.class)
public class ZoomSignature {

	static final Duration TOLERANCE = Duration.ofMinutes(5);

	private final @Nullable byte[] secret;

	private final Clock clock;

	ZoomSignature(ZoomSettings settings, Clock clock) {
		this.secret = settings.webhooksConfigured() ? settings.webhookSecret().getBytes(StandardCharsets.UTF_8)
				: null;
		this.clock = clock;
	}

	/** Whether the delivery is Zoom's, signed now-ish with the configured secret. */
	public boolean valid(byte[] body, @Nullable String timestamp, @Nullable String signature) {
		if (this.secret == null || timestamp == null || signature == null || !fresh(timestamp)) {
			return false;
		}
		byte[] prefix = ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8);
		byte[] message = new byte[prefix.length + body.length];
		System.arraycopy(prefix, 0, message, 0, prefix.length);
		System.arraycopy(body, 0, message, prefix.length, body.length);
		byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(this.secret, message)))
			.getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8));
	}

	/** The answer to Zoom's URL validation: hex HMAC-SHA256 of the plain token with the secret. */
	public String encryptedToken(String plainToken) {
		if (this.secret == null) {
			throw new IllegalStateException("No webhook secret");
		}
		return HexFormat.of().formatHex(hmac(this.secret, plainToken.getBytes(StandardCharsets.UTF_8)));
	}

	private boolean fresh(String timestamp) {
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		Instant sent = Instant.ofEpochSecond(seconds);
		Instant now = this.clock.instant();
		return !sent.isBefore(now.minus(TOLERANCE)) && !sent.isAfter(now.plus(TOLERANCE));
	}

	static byte[] hmac(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
