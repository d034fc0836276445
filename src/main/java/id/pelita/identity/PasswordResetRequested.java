package id.pelita.identity;

import java.time.Instant;
import java.util.Locale;

/**
 * A person asked for a new password and gets a one-time link. It carries the token itself (the database only keeps
 * its hash), so it must only be handled synchronously, in the publishing transaction (a plain
 * {@code @EventListener}), and never be persisted or logged.
 */
public record PasswordResetRequested(long accountId, String fullName, String email, Locale language, String token,
		Instant expiresAt) {

	/** The path of the page that sets the new password, relative to the application's address. */
	public String path() {
		return "/atur-sandi/" + this.token;
	}

	@Override
	public String toString() {
		return "PasswordResetRequested[" + this.accountId + "]";
	}

}
