package id.pelita.certificate.ui;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import id.pelita.certificate.CertificateSetup;
import id.pelita.certificate.SigningOfficial;
import id.pelita.certificate.internal.template.DemoSignature;
import id.pelita.shared.ui.AccessDeniedView;
import id.pelita.shared.ui.HomeView;
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

/**
 * {@code /kelola/sertifikat} with the shipped templates: each ready with its live preview; a numbering pattern
 * without the sequence refused with nothing saved; an official only with a signature image.
 */
@SpringBootTest
@ActiveProfiles("test")
class CertificateSetupViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	CertificateSetup setup;

	@BeforeEach
	void signIn() {
		SignIn.as(this.context, "penyelenggara");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theShippedTemplatesAreReadyAndPreviewedWithSampleData() {
		CertificateSetupView view = navigate(CertificateSetupView.class);
		Div standard = card(view, "sttp-standar");
		assertThat(texts(standard)).contains("Siap dipakai");
		assertThat(texts(card(view, "modern-portrait"))).contains("Siap dipakai");
		assertThat(view.preview.isVisible()).isFalse();
		test(button(standard, "Pratinjau")).click();
		assertThat(view.preview.isVisible()).isTrue();
		assertThat(view.preview.getElement().getAttribute("src")).isNotBlank();
		assertThat(this.setup.preview("sttp-standar")).startsWith("%PDF".getBytes());
	}

	@Test
	void aPatternWithoutTheSequenceIsRefusedAndNothingIsSaved() {
		CertificateSetup.Numbering before = this.setup.numbering();
		CertificateSetupView view = navigate(CertificateSetupView.class);
		test(view.pattern).setValue("{courseCode}/BPSDM/{year}");
		test(view.issuer).setValue("Badan yang lain");
		test(button(view, "Simpan")).click();
		assertThat(view.message.getText()).isEqualTo("Pola nomor harus memuat {seq} (nomor urut).");
		assertThat(view.message.hasClassName("field-error")).isTrue();
		assertThat(this.setup.numbering()).isEqualTo(before);
	}

	@Test
	void anOfficialNeedsASignatureImage() {
		List<SigningOfficial> before = this.setup.officials();
		String name = "Dr. Hj. Rina Marlina " + TestData.username("M").replaceAll("[^A-Za-z]", "") + ", M.Pd.";
		CertificateSetupView view = navigate(CertificateSetupView.class);
		test(view.officialName).setValue(name);
		test(view.officialTitle).setValue("Sekretaris Badan Pengembangan Sumber Daya Manusia");
		test(button(view, "Tambah pejabat")).click();
		assertThat(view.message.getText())
			.isEqualTo("Unggah gambar tanda tangan pejabat (PNG atau JPEG, paling besar 1 MB).");
		assertThat(this.setup.officials()).isEqualTo(before);

		test(view.signature).upload("ttd.png", "image/png", DemoSignature.png());
		assertThat(view.message.getText()).isEqualTo("Gambar ttd.png siap.");
		test(button(view, "Tambah pejabat")).click();
		assertThat(this.setup.officials()).anySatisfy(official -> {
			assertThat(official.name()).isEqualTo(name);
			assertThat(official.hasSignature()).isTrue();
			assertThat(official.chosen()).isFalse();
		});
		assertThat(texts(view.officials)).anySatisfy(text -> assertThat(text).startsWith(name)
			.endsWith("Tanda tangan tersedia"));
	}

	@Test
	void participantsAreTurnedAway() {
		SignIn.as(this.context, "peserta");
		navigate(HomeView.class);
		navigate("kelola/sertifikat", AccessDeniedView.class);
		assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
	}

	static Div card(CertificateSetupView view, String folder) {
		return view.templates.getChildren()
			.map(Div.class::cast)
			.filter(card -> card.getChildren()
				.anyMatch(child -> child instanceof H3 title && title.getText().endsWith("(" + folder + ")")
						|| child instanceof H3 bare && bare.getText().equals(folder)))
			.findFirst()
			.orElseThrow();
	}

	static List<String> texts(com.vaadin.flow.component.Component parent) {
		return parent.getChildren()
			.flatMap(child -> child instanceof Div row ? row.getChildren() : java.util.stream.Stream.of(child))
			.filter(child -> child instanceof Paragraph || child instanceof com.vaadin.flow.component.html.Span)
			.map(child -> ((com.vaadin.flow.component.HasText) child).getText())
			.toList();
	}

	static Button button(com.vaadin.flow.component.Component parent, String text) {
		return parent.getChildren()
			.filter(Button.class::isInstance)
			.map(Button.class::cast)
			.filter(button -> button.getText().equals(text))
			.findFirst()
			.orElseThrow();
	}

}
