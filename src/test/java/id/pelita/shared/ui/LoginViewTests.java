package id.pelita.shared.ui;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.QueryParameters;
import id.pelita.shared.i18n.Translations;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class LoginViewTests extends SpringBrowserlessTest {

	@Test
	void asksForNipEmailOrUserNameInIndonesianByDefault() {
		LoginI18n i18n = navigate(LoginView.class).texts;
		assertThat(i18n.getForm().getUsername()).isEqualTo("NIP, e-mail, atau nama pengguna");
		assertThat(i18n.getForm().getSubmit()).isEqualTo("Masuk");
		assertThat(find(LoginForm.class).single().isError()).isFalse();
	}

	@Test
	void explainsWrongCredentials() {
		LoginView view = withQuery(Map.of("error", "credentials"));
		assertThat(view.form.isError()).isTrue();
		assertThat(view.texts.getErrorMessage().getMessage()).startsWith("NIP/e-mail/nama pengguna atau kata sandi salah");
	}

	@Test
	void tellsHowLongToWaitAfterTooManyAttempts() {
		assertThat(withQuery(Map.of("error", "throttled", "wait", "20")).texts.getErrorMessage().getMessage())
			.isEqualTo("Terlalu banyak percobaan masuk yang gagal. Tunggu 20 detik sebelum mencoba lagi.");
		assertThat(withQuery(Map.of("error", "locked", "wait", "900")).texts.getErrorMessage().getMessage())
			.contains("15 menit");
	}

	@Test
	void asksToSignInAgainWhenTheFormCameWithoutAValidToken() {
		LoginView view = withQuery(Map.of("error", "expired"));
		assertThat(view.form.isError()).isTrue();
		assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Halaman masuk kedaluwarsa");
		assertThat(view.texts.getErrorMessage().getMessage()).startsWith("Halaman masuk ini sudah terlalu lama terbuka");
	}

	@Test
	void switchesToEnglish() {
		navigate(LoginView.class);
		test(find(LanguageSwitch.class).single()).selectItem("English");
		assertThat(navigate(LoginView.class).texts.getForm().getSubmit()).isEqualTo("Sign in");
		UserContext.switchLocale(Translations.INDONESIAN);
	}

	@Test
	void forgottenPasswordLeadsToThePageThatSendsALink() {
		LoginView view = navigate(LoginView.class);
		ComponentUtil.fireEvent(view.form,
				new AbstractLogin.ForgotPasswordEvent(view.form, true));
		assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("lupa-sandi");
	}

	/** Opens the login page as a failed sign-in does: with the reason in the query string. */
	private LoginView withQuery(Map<String, String> parameters) {
		UI.getCurrent().navigate(LoginView.class, QueryParameters.simple(parameters));
		return (LoginView) getCurrentView();
	}

}
