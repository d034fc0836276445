package id.pelita.operations.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H3;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration page: an administrator sees a card per outside system (no secrets), a malformed test address is
 * answered on the SMTP card; coordinators are refused.
 */
@SpringBootTest
@ActiveProfiles("test")
class IntegrationViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void anAdministratorSeesACardPerOutsideSystem() {
		SignIn.as(this.context, "admin");
		IntegrationView view = navigate(IntegrationView.class);
		assertThat(find(H3.class).all()).extracting(H3::getText)
			.containsExactly("Zoom", "Jitsi", "E-mail (SMTP)", "Kunci penandatanganan sertifikat",
					"Direktori penyimpanan", "Klaster Quartz", "Basis data", "Cadangan basis data dan berkas");
		assertThat(view.zoomCard.level.getText()).isEqualTo("Belum diketahui");
		assertThat(view.mailCard.facts.getElement().getTextRecursively()).contains("Belum dikonfigurasi");
		assertThat(view.cards.getElement().getTextRecursively()).contains("meet.jit.si", "H2 tertanam (bawaan)",
				"Berlaku sampai");

		view.testAddress.setValue("bukan-alamat");
		test(view.sendTestMail).click();
		assertThat(view.mailCard.result.isVisible()).isTrue();
		assertThat(view.mailCard.result.getText())
			.isEqualTo("“bukan-alamat” bukan alamat e-mail yang sah. Tulis satu alamat seperti nama@instansi.go.id.");
		assertThat(view.mailCard.result.getClassNames()).contains("failure");

		test(view.testZoom).click();
		assertThat(view.zoomCard.result.getText()).startsWith("Zoom belum dikonfigurasi di server ini");
	}

	@Test
	void coordinatorsAreRefused() {
		SignIn.as(this.context, "koordinator");
		navigate(IntegrationView.ROUTE, AccessDeniedView.class);
	}

}
