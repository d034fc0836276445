package id.pelita.identity.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.pelita.identity.AccountActivation;
import id.pelita.shared.Nip;

/**
 * The activation page of an account created by a roster import ({@code /aktivasi/<token>}, from the link in the
 * activation message): the employee chooses a password and can sign in. An expired, used or unknown link is
 * explained instead.
 */
@Route(value = "aktivasi", autoLayout = false)
@AnonymousAllowed
class ActivationView extends OneTimePasswordPage {

	private final transient AccountActivation activation;

	ActivationView(AccountActivation activation) {
		super("activation", null, null);
		this.activation = activation;
	}

	@Override
	Opened open(String token) {
		AccountActivation.Check check = this.activation.check(token);
		String username = check.username();
		return new Opened(check.state().name(), username == null ? null
				: getTranslation("activation.welcome", check.fullName(), login(username)));
	}

	@Override
	void choosePassword(String token, String password) {
		this.activation.activate(token, password);
	}

	private static String login(String username) {
		return Nip.isValid(username) ? Nip.parse(username).formatted() : username;
	}

}
