package id.pelita.identity.ui;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.shared.security.Role;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** "Forgotten password?" and the page of the link, without signing in. */
@SpringBootTest
@ActiveProfiles("test")
class PasswordResetViewTests extends SpringBrowserlessTest {

	private static final Pattern LINK = Pattern.compile("/atur-sandi/([A-Za-z0-9_-]+)\"");

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theAnswerIsTheSameWhetherAnAccountExistsOrNot() {
		String username = account();
		ForgottenPasswordView known = navigate(ForgottenPasswordView.class);
		test(known.login).setValue(username);
		test(known.send).click();
		String answer = known.message.getText();
		assertThat(answer).startsWith("Jika ada akun aktif dengan alamat e-mail");
		assertThat(known.send.isEnabled()).isFalse();

		navigate(id.pelita.shared.ui.LoginView.class);
		ForgottenPasswordView unknown = navigate(ForgottenPasswordView.class);
		assertThat(unknown).isNotSameAs(known);
		test(unknown.login).setValue("tidak-ada-" + username);
		test(unknown.send).click();
		assertThat(unknown.message.getText()).isEqualTo(answer);
		assertThat(messages(username)).isOne();
	}

	@Test
	void anEmptyNameIsAskedFor() {
		ForgottenPasswordView view = navigate(ForgottenPasswordView.class);
		test(view.send).click();
		assertThat(view.login.isInvalid()).isTrue();
		assertThat(view.message.isVisible()).isFalse();
	}

	@Test
	void theLinkSetsANewPassword() {
		String username = account();
		ForgottenPasswordView request = navigate(ForgottenPasswordView.class);
		test(request.login).setValue(username + "@pelita.test");
		test(request.send).click();
		PasswordResetView view = navigate("atur-sandi/" + token(username), PasswordResetView.class);
		assertThat(view.message.getText()).isEqualTo("Halo, Andi Reset. Buat kata sandi baru untuk akun Pelita Anda.");
		test(view.password).setValue("segar2026x");
		test(view.repeat).setValue("segar2026x");
		test(view.submit).click();
		assertThat(view.message.getText()).isEqualTo("Kata sandi baru Anda tersimpan. Silakan masuk dengan kata sandi itu.");
		assertThat(view.form.isVisible()).isFalse();
		assertThat(view.signIn.isVisible()).isTrue();
		SignIn.as(this.context, username, "segar2026x");
	}

	@Test
	void anUnknownLinkIsExplained() {
		PasswordResetView view = navigate("atur-sandi/bukan-tautan", PasswordResetView.class);
		assertThat(view.message.getText()).startsWith("Tautan ini tidak dikenal.");
		assertThat(view.form.isVisible()).isFalse();
		assertThat(view.requestAgain.isVisible()).isTrue();
	}

	private String account() {
		String username = TestData.username("reset");
		SignIn.as(this.context, "admin");
		this.context.getBean(AccountService.class)
			.createAccount(new NewAccount(username, "Andi Reset", username + "@pelita.test", null, null, null,
					Set.of(Role.PARTICIPANT), "awal12345"));
		SignIn.out();
		return username;
	}

	private int messages(String username) {
		Integer count = this.jdbc.queryForObject("select count(*) from outbox_message m join account a "
				+ "on a.id = m.recipient_account_id where a.username = ? and m.template = 'password-reset'",
				Integer.class, username);
		return count == null ? 0 : count;
	}

	private String token(String username) {
		String payload = this.jdbc.queryForObject("select m.payload from outbox_message m join account a "
				+ "on a.id = m.recipient_account_id where a.username = ? and m.template = 'password-reset'",
				String.class, username);
		Matcher link = LINK.matcher(payload);
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

}
