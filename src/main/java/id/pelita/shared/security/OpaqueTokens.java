package id.pelita.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets handed to people or systems once (activation links, API tokens): 256 random bits, URL-safe, and the
 * SHA-256 hash under which they are stored. The secret itself is never stored.
 */
public final class OpaqueTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private OpaqueTokens() {
	}

	/** A new secret: {@code prefix} followed by 43 URL-safe characters (256 bits). */
	public static String generate(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The lower-case hexadecimal SHA-256 of the secret's UTF-8 bytes: what the database keeps. */
	public static String sha256(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
