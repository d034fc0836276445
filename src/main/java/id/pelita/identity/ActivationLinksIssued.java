package id.pelita.identity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Accounts were created without a password, each with a one-time activation token. It carries the tokens
 * themselves (the database only keeps their hashes), so it must only be handled synchronously, in the
 * publishing transaction (a plain {@code @EventListener}), and never be persisted or logged.
 */
public record ActivationLinksIssued(List<ActivationLink> links) {

	/** The path of the activation page of a token, relative to the application's address. */
	public static String path(String token) {
		return "/aktivasi/" + token;
	}

	/** One account to activate: who, how to reach them, the token and until when it is valid. */
	public record ActivationLink(long accountId, String fullName, @Nullable String email, Locale language,
			String token, Instant expiresAt) {

		public String path() {
			return ActivationLinksIssued.path(this.token);
		}

		@Override
		public String toString() {
			return "ActivationLink[" + this.accountId + "]";
		}

	}

}
