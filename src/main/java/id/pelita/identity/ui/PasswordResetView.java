package id.pelita.identity.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.pelita.identity.PasswordReset;

/**
 * The page of a password link ({@code /atur-sandi/<token>}, from the e-mail): the person chooses a new password
 * under the password policy. An expired, used or unknown link is explained, with the way to a new one.
 */
@Route(value = "atur-sandi", autoLayout = false)
@AnonymousAllowed
class PasswordResetView extends OneTimePasswordPage {

	private final transient PasswordReset reset;

	PasswordResetView(PasswordReset reset) {
		super("passwordReset", "lupa-sandi", "passwordReset.requestAgain");
		this.reset = reset;
	}

	@Override
	Opened open(String token) {
		PasswordReset.Check check = this.reset.check(token);
		return new Opened(check.state().name(), check.state() == PasswordReset.State.VALID
				? getTranslation("passwordReset.welcome", check.fullName()) : null);
	}

	@Override
	void choosePassword(String token, String password) {
		this.reset.reset(token, password);
	}

}
