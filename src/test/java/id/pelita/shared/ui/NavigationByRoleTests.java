package id.pelita.shared.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
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
class NavigationByRoleTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void participantSeesOnlyTheirOwnPages() {
		SignIn.as(this.context, "peserta");
		navigate(HomeView.class);
		assertThat(menuLabels()).containsExactly("Beranda", "Katalog", "Kursus saya", "Sertifikat saya", "JP saya", "Notifikasi", "Profil");
	}

	@Test
	void administratorSeesAccountsAndAgencies() {
		SignIn.as(this.context, "admin");
		navigate(HomeView.class);
		assertThat(menuLabels()).contains("Beranda", "Akun", "Instansi", "Kotak keluar", "Log audit", "Profil")
			.doesNotContain("JP pegawai", "JP saya");
	}

	@Test
	void coordinatorSeesTheEmployeesJpBesideTheirOwnAsAParticipant() {
		SignIn.as(this.context, "koordinator");
		navigate(HomeView.class);
		assertThat(menuLabels()).contains("Pegawai", "JP pegawai", "JP saya");
		assertThat(menuLabels()).containsSubsequence("Pegawai", "JP pegawai");
	}

	@Test
	void coordinatorSeesTheAuditLogOfTheirAgencyButNoAdministratorPages() {
		SignIn.as(this.context, "koordinator");
		navigate(HomeView.class);
		assertThat(menuLabels()).contains("Log audit").doesNotContain("Akun", "Kotak keluar");
	}

	@Test
	void agencyCoordinatorSeesTheAgencysPagesWithItsCertificates() {
		SignIn.as(this.context, "koordinator");
		navigate(HomeView.class);
		assertThat(menuLabels()).containsSubsequence("Pegawai", "Nominasi peserta", "Persetujuan", "Sertifikat pegawai",
				"Token API");
	}

	@Test
	void participantOpeningAnAdministratorPageIsToldAccessIsDenied() {
		SignIn.as(this.context, "peserta");
		navigate(HomeView.class);
		navigate("admin/akun", AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
		assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Akses ditolak");
	}

	@Test
	void anonymousVisitorIsSentToTheLoginPage() {
		navigate("beranda", LoginView.class);
		assertThat(getCurrentView()).isInstanceOf(LoginView.class);
	}

	@Test
	void homePageGreetsTheUserByName() {
		SignIn.as(this.context, "peserta");
		navigate(HomeView.class);
		assertThat(find(com.vaadin.flow.component.html.H2.class).single().getText())
			.isEqualTo("Selamat datang, Dewi Lestari, S.Kom.");
	}

	@Test
	void coordinatorSeesTheAgencyDashboardReportsAndComparison() {
		SignIn.as(this.context, "koordinator");
		navigate(HomeView.class);
		assertThat(menuLabels()).contains("Dasbor instansi", "Laporan instansi", "Perbandingan instansi", "Pegawai");
	}

	@Test
	void participantOpeningTheAgencyDashboardIsToldAccessIsDenied() {
		SignIn.as(this.context, "peserta");
		navigate(HomeView.class);
		navigate("instansi/beranda", AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
	}

	@Test
	void organiserSeesTheRunReports() {
		SignIn.as(this.context, "penyelenggara");
		navigate(HomeView.class);
		assertThat(menuLabels()).contains("Laporan penyelenggaraan", "Partisipasi instansi");
	}

	@Test
	void coordinatorSeesNoRunReports() {
		SignIn.as(this.context, "koordinator");
		navigate(HomeView.class);
		assertThat(menuLabels()).doesNotContain("Laporan penyelenggaraan", "Partisipasi instansi");
	}

	private List<String> menuLabels() {
		return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
	}

}
