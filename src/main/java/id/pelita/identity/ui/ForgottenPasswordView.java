package id.pelita.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.pelita.identity.PasswordReset;
import id.pelita.shared.ui.LanguageSwitch;
import id.pelita.shared.ui.PageTitles;

/**
 * "Forgotten password?" ({@code /lupa-sandi}, from the sign-in page): the person types their NIP, e-mail or user
 * name, and the page always gives the same answer, whether an account matched or not.
 */
@Route(value = "lupa-sandi", autoLayout = false)
@AnonymousAllowed
class ForgottenPasswordView extends VerticalLayout implements HasDynamicTitle {

	private final transient PasswordReset reset;

	final TextField login = new TextField();

	final Button send = new Button();

	final Paragraph message = new Paragraph();

	ForgottenPasswordView(PasswordReset reset) {
		this.reset = reset;
		addClassName("login-view");
		addClassName("page");
		setAlignItems(Alignment.CENTER);
		this.login.setLabel(getTranslation("passwordReset.request.login"));
		this.login.setRequiredIndicatorVisible(true);
		this.login.setMaxLength(254);
		this.login.setWidth("min(420px, 100%)");
		this.login.setErrorMessage(getTranslation("login.error.usernameRequired"));
		this.send.setText(getTranslation("passwordReset.request.submit"));
		this.send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.send.addClickShortcut(Key.ENTER);
		this.send.addClickListener(click -> send());
		this.message.setVisible(false);
		Anchor back = new Anchor("login", getTranslation("passwordReset.backToLogin"));
		back.setRouterIgnore(true);
		add(new LanguageSwitch(locale -> getUI().ifPresent(ui -> ui.getPage().reload())),
				new H1(getTranslation("passwordReset.request.title")),
				new Paragraph(getTranslation("passwordReset.request.help")), this.login, this.send, this.message,
				new Paragraph(getTranslation("passwordReset.request.noEmail")), back);
	}

	private void send() {
		if (this.login.getValue().isBlank()) {
			this.login.setInvalid(true);
			return;
		}
		this.login.setInvalid(false);
		this.reset.request(this.login.getValue());
		this.message.setText(getTranslation("passwordReset.request.sent"));
		this.message.setVisible(true);
		this.login.setEnabled(false);
		this.send.setEnabled(false);
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "passwordReset.request.title");
	}

}
