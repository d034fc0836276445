package id.pelita.agency.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import id.pelita.agency.AgencyService;
import id.pelita.agency.AgencySummary;
import id.pelita.support.SignIn;
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
class AgencyAdminViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	AgencyService agencies;

	@BeforeEach
	void signIn() {
		SignIn.as(this.context, "admin");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void showsTheProvinceWithItsRegenciesCitiesAndOpds() {
		AgencyAdminView view = navigate(AgencyAdminView.class);
		AgencySummary province = view.tree.getTreeData().getRootItems().getFirst();
		assertThat(province.name()).isEqualTo("Pemerintah Provinsi Banten");
		assertThat(view.tree.getTreeData().getChildren(province)).extracting(AgencySummary::name)
			.contains("Pemerintah Kabupaten Serang", "Pemerintah Kota Tangerang Selatan",
					"Badan Pengembangan Sumber Daya Manusia Daerah Provinsi Banten")
			.hasSizeGreaterThanOrEqualTo(8 + 15);
	}

	@Test
	void agencyWithoutParentIsRefused() {
		AgencyAdminView view = navigate(AgencyAdminView.class);
		test(view.add).click();
		test(find(TextField.class).withCaption("Kode").single()).setValue("36.99");
		test(find(TextField.class).withCaption("Nama instansi").single()).setValue("Dinas Baru");
		@SuppressWarnings("unchecked")
		ComboBox<Object> kind = find(ComboBox.class).withCaption("Jenis").single();
		test(kind).selectItem("Perangkat daerah (OPD)");
		test(find(Button.class).withText("Simpan").single()).click();
		assertThat(test(find(Notification.class).last()).getText())
			.isEqualTo("Instansi selain provinsi harus memiliki induk.");
		assertThat(this.agencies.tree()).noneMatch(agency -> agency.code().equals("36.99"));
	}

}
