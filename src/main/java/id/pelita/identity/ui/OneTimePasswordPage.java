package id.pelita.identity.ui;

import java.util.Locale;

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
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.LanguageSwitch;
import id.pelita.shared.ui.Notices;
import id.pelita.shared.ui.PageTitles;
import org.jspecify.annotations.Nullable;

/**
 * The page behind a one-time link that lets a person choose a password (account activation, password reset): the
 * link is checked when the page opens, a valid one shows the welcome and the two password fields, an expired, used
 * or unknown one is explained, and the password is set once. The subclass names its translation keys
 * ({@code <keys>.title}, {@code .welcome} through {@link #open}, {@code .submit}, {@code .done},
 * {@code .state.<STATE>}, {@code .error.expired|used|unknown}) and talks to its service.
 */
abstract class OneTimePasswordPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	/** What the link's check said: its state (VALID, EXPIRED, USED or UNKNOWN) and, when valid, the welcome. */
	record Opened(String state, @Nullable String welcome) {

		static final String VALID = "VALID";

	}

	private final String keys;

	final H1 title = new H1();

	final Paragraph message = new Paragraph();

	final PasswordField password = new PasswordField();

	final PasswordField repeat = new PasswordField();

	final Button submit = new Button();

	final FormLayout form = new FormLayout();

	final Anchor signIn = new Anchor("login", "");

	/** The way to a new link, offered under an unusable link; only on pages that have one. */
	final Anchor requestAgain = new Anchor();

	private final boolean offersNewLink;

	private String token = "";

	/**
	 * @param keys the prefix of the page's translation keys
	 * @param requestAgain where a new link can be requested, or null
	 * @param requestAgainKey the key of that link's text
	 */
	OneTimePasswordPage(String keys, @Nullable String requestAgain, @Nullable String requestAgainKey) {
		this.keys = keys;
		addClassName("login-view");
		addClassName("page");
		setAlignItems(Alignment.CENTER);
		this.title.setText(getTranslation(keys + ".title"));
		this.password.setLabel(getTranslation("profile.newPassword"));
		this.password.setHelperText(getTranslation("password.rules"));
		this.repeat.setLabel(getTranslation("profile.repeatPassword"));
		this.submit.setText(getTranslation(keys + ".submit"));
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.submit.addClickListener(click -> submit());
		this.form.add(this.password, this.repeat);
		this.form.setMaxWidth("420px");
		this.signIn.setText(getTranslation("activation.signIn"));
		this.signIn.setRouterIgnore(true);
		add(new LanguageSwitch(locale -> getUI().ifPresent(ui -> ui.getPage().reload())), this.title, this.message,
				this.form, this.submit, this.signIn);
		this.offersNewLink = requestAgain != null && requestAgainKey != null;
		if (requestAgain != null && requestAgainKey != null) {
			this.requestAgain.setHref(requestAgain);
			this.requestAgain.setText(getTranslation(requestAgainKey));
			add(this.requestAgain);
		}
	}

	/** Checks the link's token. */
	abstract Opened open(String token);

	/** Sets the password with the token; refusals as {@link UserFacingException}. */
	abstract void choosePassword(String token, String password);

	@Override
	public void setParameter(BeforeEvent event, @Nullable String parameter) {
		this.token = parameter == null ? "" : parameter;
		Opened opened = open(this.token);
		if (Opened.VALID.equals(opened.state())) {
			this.message.setText(opened.welcome());
			show(true, false);
		}
		else {
			showState(opened.state());
		}
	}

	private void submit() {
		if (!this.password.getValue().equals(this.repeat.getValue())) {
			this.repeat.setErrorMessage(getTranslation("password.error.mismatch"));
			this.repeat.setInvalid(true);
			return;
		}
		this.repeat.setInvalid(false);
		try {
			choosePassword(this.token, this.password.getValue());
			this.message.setText(getTranslation(this.keys + ".done"));
			show(false, false);
		}
		catch (UserFacingException ex) {
			String unusable = unusableState(ex.messageKey());
			if (unusable != null) {
				showState(unusable);
			}
			else {
				this.password.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
				this.password.setInvalid(true);
				Notices.failure(ex);
			}
		}
	}

	/** The state a refusal stands for when the link itself became unusable (expired, used, unknown), else null. */
	private @Nullable String unusableState(String messageKey) {
		String prefix = this.keys + ".error.";
		if (!messageKey.startsWith(prefix)) {
			return null;
		}
		String reason = messageKey.substring(prefix.length());
		return switch (reason) {
			case "expired", "used", "unknown" -> reason.toUpperCase(Locale.ROOT);
			default -> null;
		};
	}

	private void showState(String state) {
		this.message.setText(getTranslation(this.keys + ".state." + state));
		show(false, true);
	}

	private void show(boolean form, boolean requestAgain) {
		this.form.setVisible(form);
		this.submit.setVisible(form);
		this.signIn.setVisible(!form);
		this.requestAgain.setVisible(this.offersNewLink && requestAgain);
	}

	@Override
	public String getPageTitle() {
		return PageTitles.named(this, getTranslation(this.keys + ".title"));
	}

}
