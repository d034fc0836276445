package id.pelita.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.pelita.identity.AccountStatus;
import id.pelita.identity.internal.AccountRepository;
import id.pelita.support.ActivationLinks;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class ActivationViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountRepository repository;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void anEmployeeOpensTheLinkChoosesAPasswordAndIsToldToSignIn() {
		ActivationLinks.Issued issued = ActivationLinks.issue(this.context, "Siti Nurhaliza");
		ActivationView view = navigate(ActivationView.class, issued.token());
		assertThat(view.message.getText()).startsWith("Halo, Siti Nurhaliza.")
			.contains(issued.nip().substring(0, 8) + " " + issued.nip().substring(8, 14));
		assertThat(view.signIn.isVisible()).isFalse();
		test(view.password).setValue("aktivasi2026");
		test(view.repeat).setValue("aktivasi2026");
		test(view.submit).click();
		assertThat(view.message.getText()).isEqualTo(
				"Akun Anda aktif. Silakan masuk dengan NIP atau e-mail dan kata sandi baru Anda.");
		assertThat(view.form.isVisible()).isFalse();
		assertThat(view.signIn.isVisible()).isTrue();
		assertThat(this.repository.findById(issued.accountId()).orElseThrow().getStatus())
			.isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void differentPasswordsAreCaughtBeforeAnythingIsSaved() {
		ActivationLinks.Issued issued = ActivationLinks.issue(this.context, "Asep Saepudin");
		ActivationView view = navigate(ActivationView.class, issued.token());
		test(view.password).setValue("aktivasi2026");
		test(view.repeat).setValue("aktivasi2027");
		test(view.submit).click();
		assertThat(view.repeat.isInvalid()).isTrue();
		assertThat(view.repeat.getErrorMessage()).isEqualTo("Kedua kata sandi baru tidak sama.");
		assertThat(this.repository.findById(issued.accountId()).orElseThrow().getStatus())
			.isEqualTo(AccountStatus.PENDING_ACTIVATION);
	}

	@Test
	void anExpiredLinkIsExplained() {
		ActivationLinks.Issued issued = ActivationLinks.issue(this.context, "Euis Kusuma");
		ActivationLinks.expire(this.context, issued.accountId());
		ActivationView view = navigate(ActivationView.class, issued.token());
		assertThat(view.message.getText()).startsWith("Tautan aktivasi ini sudah kedaluwarsa.");
		assertThat(view.form.isVisible()).isFalse();
		assertThat(view.submit.isVisible()).isFalse();
	}

	@Test
	void aUsedLinkSendsTheEmployeeToSignIn() {
		ActivationLinks.Issued issued = ActivationLinks.issue(this.context, "Hasan Basri");
		ActivationView first = navigate(ActivationView.class, issued.token());
		test(first.password).setValue("aktivasi2026");
		test(first.repeat).setValue("aktivasi2026");
		test(first.submit).click();
		ActivationView again = navigate(ActivationView.class, issued.token());
		assertThat(again.message.getText()).startsWith("Tautan aktivasi ini sudah dipakai");
		assertThat(again.signIn.isVisible()).isTrue();
	}

}
