package id.pelita.identity;

import java.util.Locale;

import id.pelita.shared.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * The rules a new password must follow: at least {@value #MIN_LENGTH} characters, letters and digits, at most
 * {@value #MAX_LENGTH} characters (bcrypt reads 72 bytes), and not the user name or NIP.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 64;

	private PasswordPolicy() {
	}

	public static void check(@Nullable String password, String username, @Nullable String nip) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new UserFacingException("password.error.tooShort", MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			throw new UserFacingException("password.error.tooLong", MAX_LENGTH);
		}
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			throw new UserFacingException("password.error.lettersAndDigits");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (lower.equals(username.toLowerCase(Locale.ROOT)) || (nip != null && password.contains(nip))) {
			throw new UserFacingException("password.error.personal");
		}
	}

}
