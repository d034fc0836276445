package id.pelita.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on a certificate and carried by its QR link: 15 Crockford base32 characters (75 random bits),
 * shown in groups of five ({@code K7M2Q-9XHT4-BW3RP}). Typed codes are read forgivingly: any case, with or without
 * dashes and spaces, O for 0 and I or L for 1.
 */
public final class VerificationCode {

	public static final int LENGTH = 15;

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCode() {
	}

	/** A new random code, without dashes (as stored). */
	public static String generate() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	/** The stored form of a typed code, or empty when it cannot be one. */
	public static Optional<String> normalise(String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		StringBuilder code = new StringBuilder(LENGTH);
		for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			switch (c) {
				case '-', ' ' -> {
				}
				case 'O' -> code.append('0');
				case 'I', 'L' -> code.append('1');
				default -> {
					if (new String(ALPHABET).indexOf(c) < 0) {
						return Optional.empty();
					}
					code.append(c);
				}
			}
		}
		return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
	}

	/** The grouped form people read and type: {@code K7M2Q-9XHT4-BW3RP}. */
	public static String grouped(String code) {
		return code.length() != LENGTH ? code
				: code.substring(0, 5) + "-" + code.substring(5, 10) + "-" + code.substring(10);
	}

}
