package id.pelita.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import id.pelita.identity.AccountStatus;
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
class AccountAdminViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountRepository repository;

	@BeforeEach
	void signIn() {
		SignIn.as(this.context, "admin");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void administratorCreatesACoordinatorForAnAgency() {
		AccountAdminView view = navigate(AccountAdminView.class);
		test(view.create).click();
		AccountForm form = find(AccountForm.class).single();
		String username = TestData.username("koor");
		test(form.username).setValue(username);
		test(form.fullName).setValue("Euis Sulaeman");
		test(form.nip).setValue(TestData.nip());
		test(form.agency).selectItem("Pemerintah Kabupaten Lebak");
		form.roles.setValue(java.util.Set.of(Role.AGENCY_COORDINATOR));
		test(form.password).setValue("awal12345");
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Akun " + username + " dibuat.");
		var account = this.repository.findByUsername(username).orElseThrow();
		assertThat(account.getRoles()).containsExactly(Role.AGENCY_COORDINATOR);
		assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(account.getAgencyId()).isNotNull();
	}

	@Test
	void malformedNipIsExplainedAtTheFieldAndNothingIsSaved() {
		AccountAdminView view = navigate(AccountAdminView.class);
		test(view.create).click();
		AccountForm form = find(AccountForm.class).single();
		String username = TestData.username("salah");
		test(form.username).setValue(username);
		test(form.fullName).setValue("Salah NIP");
		test(form.nip).setValue("19850230 201001 1 003");
		test(form.password).setValue("awal12345");
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(form.nip.isInvalid()).isTrue();
		assertThat(form.nip.getErrorMessage()).isEqualTo("Tanggal lahir pada NIP (19850230) bukan tanggal yang valid.");
		assertThat(this.repository.findByUsername(username)).isEmpty();
	}

	@Test
	void duplicateUserNameIsRefusedWithAMessage() {
		AccountAdminView view = navigate(AccountAdminView.class);
		test(view.create).click();
		AccountForm form = find(AccountForm.class).single();
		test(form.username).setValue("peserta");
		test(form.fullName).setValue("Orang Lain");
		test(form.password).setValue("awal12345");
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Nama pengguna peserta sudah dipakai.");
	}

	@Test
	void searchFindsAnEmployeeByNameAndKeepsTheFilterInTheAddress() {
		AccountAdminView view = navigate(AccountAdminView.class);
		test(view.search).setValue("Dewi Lestari");
		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getRow(0).username()).isEqualTo("peserta");
		navigate(id.pelita.shared.ui.HomeView.class);
		UI.getCurrent().navigate(AccountAdminView.class, QueryParameters.of("q", "Dewi Lestari"));
		AccountAdminView shared = (AccountAdminView) getCurrentView();
		assertThat(shared).isNotSameAs(view);
		assertThat(shared.search.getValue()).isEqualTo("Dewi Lestari");
		assertThat(test(shared.grid).size()).isEqualTo(1);
	}

}
