package id.pelita.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.pelita.identity.AccountActivation;
import id.pelita.identity.AccountActivation.State;
import id.pelita.shared.Nip;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.LanguageSwitch;
import id.pelita.shared.ui.Notices;

/**
 * The activation page of an account created by a roster import ({@code /aktivasi/<token>}, from the link in the
 * activation message): the employee chooses a password and can sign in. An expired, used or unknown link is
 * explained instead.
 */
@Route(value = "aktivasi", autoLayout = false)
@AnonymousAllowed
class ActivationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final transient AccountActivation activation;

	final H1 title = new H1();

	final Paragraph message = new Paragraph();

	final PasswordField password = new PasswordField();

	final PasswordField repeat = new PasswordField();

	final Button activate = new Button();

	final FormLayout form = new FormLayout();

	final Anchor signIn = new Anchor("login", "");

	private String token = "";

	ActivationView(AccountActivation activation) {
		this.activation = activation;
		addClassName("login-view");
		addClassName("page");
		setAlignItems(Alignment.CENTER);
		this.title.setText(getTranslation("activation.title"));
		this.password.setLabel(getTranslation("profile.newPassword"));
		this.password.setHelperText(getTranslation("password.rules"));
		this.repeat.setLabel(getTranslation("profile.repeatPassword"));
		this.activate.setText(getTranslation("activation.submit"));
		this.activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.activate.addClickListener(click -> activate());
		this.form.add(this.password, this.repeat);
		this.form.setMaxWidth("420px");
		this.signIn.setText(getTranslation("activation.signIn"));
		this.signIn.setRouterIgnore(true);
		add(new LanguageSwitch(locale -> getUI().ifPresent(ui -> ui.getPage().reload())), this.title, this.message,
				this.form, this.activate, this.signIn);
	}

	@Override
	public void setParameter(BeforeEvent event, String parameter) {
		this.token = parameter == null ? "" : parameter;
		AccountActivation.Check check = this.activation.check(this.token);
		if (check.state() == State.VALID) {
			this.message.setText(getTranslation("activation.welcome", check.fullName(), login(check.username())));
			showForm(true);
		}
		else {
			showState(check.state());
		}
	}

	private void activate() {
		if (!this.password.getValue().equals(this.repeat.getValue())) {
			this.repeat.setErrorMessage(getTranslation("password.error.mismatch"));
			this.repeat.setInvalid(true);
			return;
		}
		this.repeat.setInvalid(false);
		try {
			this.activation.activate(this.token, this.password.getValue());
			this.message.setText(getTranslation("activation.done"));
			showForm(false);
		}
		catch (UserFacingException ex) {
			switch (ex.messageKey()) {
				case "activation.error.expired" -> showState(State.EXPIRED);
				case "activation.error.used" -> showState(State.USED);
				case "activation.error.unknown" -> showState(State.UNKNOWN);
				default -> {
					this.password.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
					this.password.setInvalid(true);
					Notices.failure(ex);
				}
			}
		}
	}

	private void showState(State state) {
		this.message.setText(getTranslation("activation.state." + state.name()));
		showForm(false);
	}

	private void showForm(boolean visible) {
		this.form.setVisible(visible);
		this.activate.setVisible(visible);
		this.signIn.setVisible(!visible);
	}

	private static String login(String username) {
		return Nip.isValid(username) ? Nip.parse(username).formatted() : username;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("activation.title") + " | " + getTranslation("app.name");
	}

}
