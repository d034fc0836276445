package id.pelita.shared.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in by NIP, e-mail or user name. Spring Security checks the form; a failure comes back here with its reason
 * ({@code ?error=credentials|throttled|locked|disabled|expired}), which is explained in the user's language. "Forgotten
 * password?" leads to the page that e-mails a link for a new one.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** The identity module's page that sends a link for a new password. */
	static final String FORGOTTEN_PASSWORD = "lupa-sandi";

	final LoginForm form = new LoginForm();

	/** The texts the form shows, kept here because the form does not give them back. */
	LoginI18n texts;

	public LoginView() {
		addClassName("login-view");
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		this.form.setAction("login");
		this.form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(FORGOTTEN_PASSWORD)));
		H1 title = new H1(getTranslation("app.name"));
		Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
		Anchor home = new Anchor("", getTranslation("login.backHome"));
		add(new LanguageSwitch(locale -> getUI().ifPresent(ui -> ui.getPage().reload())), title, tagline,
				this.form, home);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		LoginI18n i18n = i18n();
		if (parameters.containsKey("error")) {
			String reason = parameters.get("error").stream().findFirst().orElse("credentials");
			String wait = parameters.getOrDefault("wait", List.of("60")).getFirst();
			i18n.getErrorMessage().setTitle(getTranslation("login.error." + known(reason) + ".title"));
			i18n.getErrorMessage().setMessage(getTranslation("login.error." + known(reason), minutesOrSeconds(wait)));
			this.form.setError(true);
		}
		this.texts = i18n;
		this.form.setI18n(i18n);
	}

	private static String known(String reason) {
		return switch (reason) {
			case "throttled", "locked", "disabled", "expired" -> reason;
			default -> "credentials";
		};
	}

	private String minutesOrSeconds(String wait) {
		long seconds;
		try {
			seconds = Math.max(1, Long.parseLong(wait));
		}
		catch (NumberFormatException ex) {
			seconds = 60;
		}
		return seconds >= 120 ? getTranslation("time.minutes", (seconds + 59) / 60)
				: getTranslation("time.seconds", seconds);
	}

	private LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("login.title"));
		i18n.getForm().setUsername(getTranslation("login.username"));
		i18n.getForm().setPassword(getTranslation("login.password"));
		i18n.getForm().setSubmit(getTranslation("login.submit"));
		i18n.getForm().setForgotPassword(getTranslation("login.forgotPassword"));
		i18n.getErrorMessage().setTitle(getTranslation("login.error.credentials.title"));
		i18n.getErrorMessage().setMessage(getTranslation("login.error.credentials"));
		i18n.getErrorMessage().setUsername(getTranslation("login.error.usernameRequired"));
		i18n.getErrorMessage().setPassword(getTranslation("login.error.passwordRequired"));
		i18n.setAdditionalInformation(getTranslation("login.hint"));
		return i18n;
	}

	@Override
	public String getPageTitle() {
		return PageTitles.of(this, "login.title");
	}

}
