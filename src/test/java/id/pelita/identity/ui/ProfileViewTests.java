package id.pelita.identity.ui;

import java.time.ZoneId;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.identity.internal.AccountRepository;
import id.pelita.shared.security.Role;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class ProfileViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountRepository repository;

	private String username;

	@BeforeEach
	void signInAsNewEmployee() {
		SignIn.as(this.context, "admin");
		this.username = TestData.username("profil");
		this.accounts.createAccount(new NewAccount(this.username, "Nur Hidayat", null, TestData.nip(), null, null,
				Set.of(Role.PARTICIPANT), "rahasia123"));
		SignIn.as(this.context, this.username, "rahasia123");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void employeeSavesRankPositionAndTimeZone() {
		ProfileView view = navigate(ProfileView.class);
		assertThat(view.nip.isReadOnly()).isTrue();
		test(view.rankGrade).setValue("Penata Muda (III/a)");
		test(view.position).setValue("Pranata Komputer");
		test(view.zone).selectItem("WITA (Waktu Indonesia Tengah, UTC+8)");
		test(view.save).click();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Profil disimpan.");
		var account = this.repository.findByUsername(this.username).orElseThrow();
		assertThat(account.getRankGrade()).isEqualTo("Penata Muda (III/a)");
		assertThat(account.getTimeZone()).isEqualTo(ZoneId.of("Asia/Makassar").getId());
	}

	@Test
	void emptyNameIsRefusedAndNothingChanges() {
		ProfileView view = navigate(ProfileView.class);
		test(view.fullName).setValue("  ");
		test(view.save).click();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Nama lengkap wajib diisi.");
		assertThat(this.repository.findByUsername(this.username).orElseThrow().getFullName()).isEqualTo("Nur Hidayat");
	}

	@Test
	void passwordChangeNeedsTheCurrentPasswordAndMatchingRepeats() {
		ProfileView view = navigate(ProfileView.class);
		test(view.currentPassword).setValue("rahasia123");
		test(view.newPassword).setValue("baru12345");
		test(view.repeatPassword).setValue("baru12346");
		test(view.changePassword).click();
		assertThat(view.repeatPassword.isInvalid()).isTrue();
		assertThat(view.repeatPassword.getErrorMessage()).isEqualTo("Kedua kata sandi baru tidak sama.");
		test(view.currentPassword).setValue("salah1234");
		test(view.repeatPassword).setValue("baru12345");
		test(view.changePassword).click();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Kata sandi saat ini salah.");
		test(view.currentPassword).setValue("rahasia123");
		test(view.changePassword).click();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Kata sandi diganti.");
		assertThat(SignIn.as(this.context, this.username, "baru12345").isAuthenticated()).isTrue();
	}

}
