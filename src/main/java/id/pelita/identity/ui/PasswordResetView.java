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
import id.pelita.identity.PasswordReset;
import id.pelita.identity.PasswordReset.State;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.LanguageSwitch;
import id.pelita.shared.ui.Notices;

/**
 * The page of a password link ({@code /atur-sandi/<token>}, from the e-mail): the person chooses a new password
 * under the password policy. An expired, used or unknown link is explained, with the way to a new one.
 */
@Route(value = "atur-sandi", autoLayout = false)
@AnonymousAllowed
class PasswordResetView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final transient PasswordReset reset;

	final Paragraph message = new Paragraph();

	final PasswordField password = new PasswordField();

	final PasswordField repeat = new PasswordField();

	final Button save = new Button();

	final FormLayout form = new FormLayout();

	final Anchor signIn = new Anchor("login", "");

	final Anchor requestAgain = new Anchor("lupa-sandi", "");

	private String token = "";

	PasswordResetView(PasswordReset reset) {
		this.reset = reset;
		addClassName("login-view");
		addClassName("page");
		setAlignItems(Alignment.CENTER);
		this.password.setLabel(getTranslation("profile.newPassword"));
		this.password.setHelperText(getTranslation("password.rules"));
		this.repeat.setLabel(getTranslation("profile.repeatPassword"));
		this.save.setText(getTranslation("passwordReset.submit"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> save());
		this.form.add(this.password, this.repeat);
		this.form.setMaxWidth("420px");
		this.signIn.setText(getTranslation("activation.signIn"));
		this.signIn.setRouterIgnore(true);
		this.requestAgain.setText(getTranslation("passwordReset.requestAgain"));
		add(new LanguageSwitch(locale -> getUI().ifPresent(ui -> ui.getPage().reload())),
				new H1(getTranslation("passwordReset.title")), this.message, this.form, this.save, this.signIn,
				this.requestAgain);
	}

	@Override
	public void setParameter(BeforeEvent event, String parameter) {
		this.token = parameter == null ? "" : parameter;
		PasswordReset.Check check = this.reset.check(this.token);
		if (check.state() == State.VALID) {
			this.message.setText(getTranslation("passwordReset.welcome", check.fullName()));
			show(true, false);
		}
		else {
			showState(check.state());
		}
	}

	private void save() {
		if (!this.password.getValue().equals(this.repeat.getValue())) {
			this.repeat.setErrorMessage(getTranslation("password.error.mismatch"));
			this.repeat.setInvalid(true);
			return;
		}
		this.repeat.setInvalid(false);
		try {
			this.reset.reset(this.token, this.password.getValue());
			this.message.setText(getTranslation("passwordReset.done"));
			show(false, false);
		}
		catch (UserFacingException ex) {
			switch (ex.messageKey()) {
				case "passwordReset.error.expired" -> showState(State.EXPIRED);
				case "passwordReset.error.used" -> showState(State.USED);
				case "passwordReset.error.unknown" -> showState(State.UNKNOWN);
				default -> {
					this.password.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
					this.password.setInvalid(true);
					Notices.failure(ex);
				}
			}
		}
	}

	private void showState(State state) {
		this.message.setText(getTranslation("passwordReset.state." + state.name()));
		show(false, true);
	}

	private void show(boolean form, boolean requestAgain) {
		this.form.setVisible(form);
		this.save.setVisible(form);
		this.signIn.setVisible(!form);
		this.requestAgain.setVisible(requestAgain);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("passwordReset.title") + " | " + getTranslation("app.name");
	}

}
