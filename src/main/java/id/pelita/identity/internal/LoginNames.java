package id.pelita.identity.internal;

import java.util.Locale;
import java.util.Optional;

import id.pelita.shared.Nip;

/** How a typed sign-in name finds its account: a NIP (spaces allowed), an e-mail address or a user name. */
public final class LoginNames {

	private LoginNames() {
	}

	static String normalise(String login) {
		String trimmed = login == null ? "" : login.strip();
		if (looksLikeNip(trimmed)) {
			return trimmed.replace(" ", "");
		}
		return trimmed.toLowerCase(Locale.ROOT);
	}

	/** The account a typed sign-in name belongs to, if any. */
	public static Optional<Account> find(AccountRepository accounts, String login) {
		String name = normalise(login);
		if (name.isEmpty()) {
			return Optional.empty();
		}
		if (looksLikeNip(name)) {
			return accounts.findByNip(name);
		}
		if (name.contains("@")) {
			return accounts.findByEmail(name);
		}
		return accounts.findByUsername(name);
	}

	private static boolean looksLikeNip(String text) {
		String digits = text.replace(" ", "");
		return digits.length() == 18 && Nip.isValid(digits);
	}

}
