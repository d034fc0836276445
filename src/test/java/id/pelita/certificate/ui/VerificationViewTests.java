package id.pelita.certificate.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.H2;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.certificate.CertificateAdministration;
import id.pelita.certificate.CertificateFixtures;
import id.pelita.certificate.internal.CertificateRow;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public {@code /verifikasi}: valid, revoked (with the reason), superseded and unknown codes in large type
 * with only the public facts, the QR link's address, and uploaded files: the issued one, one with a byte changed,
 * and something that is not a PDF.
 */
@SpringBootTest
@ActiveProfiles("test")
class VerificationViewTests extends SpringBrowserlessTest {

	@Autowired
	ApplicationContext context;

	EnrolmentFixtures fixtures;

	CertificateFixtures certificates;

	long runId;

	@BeforeEach
	void setUp() {
		SignIn.out();
		this.fixtures = new EnrolmentFixtures(this.context);
		this.certificates = new CertificateFixtures(this.context);
		this.runId = this.fixtures.openRun(10, Map.of(), EnrolmentMode.OPEN);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void codesAreAnsweredInLargeTypeWithThePublicFactsOnly() {
		PersonRef holder = this.fixtures.employeeNamed("I Gusti Ayu Ngurah Kusumawardhani", this.fixtures.agency("36.04.02"));
		CertificateRow valid = this.certificates.issue(this.runId, holder);
		CertificateRow revoked = this.certificates.issue(this.runId,
				this.fixtures.employee(this.fixtures.agency("36.04.02")));
		CertificateAdministration administration = this.context.getBean(CertificateAdministration.class);
		long replacement = this.fixtures.asSystem(() -> administration.reissue(revoked.id(), "Gelar dikoreksi"));
		this.fixtures.asSystem(() -> {
			administration.revoke(replacement, "Data kehadiran dipalsukan");
			return null;
		});
		CertificateRow replaced = this.certificates.find(replacement);

		VerificationView view = navigate(VerificationView.class);
		test(view.code).setValue(valid.code().toLowerCase());
		test(view.check).click();
		assertThat(status(view)).isEqualTo("SAH");
		H2 big = find(H2.class).withClassName("verification-status").single();
		assertThat(big.getStyle().get("font-size")).isEqualTo("3rem");
		String shown = text(view.result);
		assertThat(shown).contains("Nama: I Gusti Ayu Ngurah Kusumawardhani", "Nomor: " + valid.number(),
				"Sertifikat ini diterbitkan oleh Pelita LMS dan berlaku.");
		assertThat(shown).doesNotContain(holder.nip()).doesNotContain(holder.nip().substring(0, 8));

		view.showCode(revoked.code());
		assertThat(status(view)).isEqualTo("DIGANTI");
		view.showCode(replaced.code());
		assertThat(status(view)).isEqualTo("DICABUT");
		assertThat(text(view.result)).contains("Sertifikat ini telah dicabut. Alasan: Data kehadiran dipalsukan");
		view.showCode("ZZZZZ-ZZZZZ-ZZZZZ");
		assertThat(status(view)).isEqualTo("TIDAK DITEMUKAN");
		assertThat(text(view.result)).contains("Tidak ada sertifikat dengan kode ini.");
	}

	@Test
	void theQrLinkOpensThePageWithTheAnswer() {
		CertificateRow valid = this.certificates.issue(this.runId, this.fixtures.employee(this.fixtures.agency("36.04")));
		navigate("verifikasi/" + valid.code(), VerificationView.class);
		VerificationView view = (VerificationView) getCurrentView();
		assertThat(view.code.getValue()).isEqualTo(valid.code());
		assertThat(status(view)).isEqualTo("SAH");
	}

	@Test
	void anUploadedFileIsCheckedByteForByteAndForItsSignature() {
		CertificateRow valid = this.certificates.issue(this.runId, this.fixtures.employee(this.fixtures.agency("36.04")));
		byte[] pdf = this.certificates.pdf(valid);
		VerificationView view = navigate(VerificationView.class);
		test(view.upload).upload("sertifikat.pdf", "application/pdf", pdf);
		assertThat(text(view.result)).contains(
				"Berkas ini sama persis (byte demi byte) dengan sertifikat yang diterbitkan.",
				"Tanda tangan elektronik utuh.");
		assertThat(status(view)).isEqualTo("SAH");

		byte[] tampered = pdf.clone();
		tampered[pdf.length / 3] ^= 1;
		test(view.upload).upload("sertifikat.pdf", "application/pdf", tampered);
		assertThat(text(view.result)).contains("Berkas ini TIDAK sama dengan sertifikat mana pun yang diterbitkan",
				"Tanda tangan elektronik RUSAK");

		test(view.upload).upload("catatan.pdf", "application/pdf", "bukan pdf".getBytes(StandardCharsets.UTF_8));
		assertThat(text(view.result).strip()).isEqualTo("Berkas ini bukan PDF.");
	}

	private String status(VerificationView view) {
		return find(H2.class).withClassName("verification-status").single().getText();
	}

	/** The texts of everything in the result, one per line. */
	private static String text(Component root) {
		StringBuilder text = new StringBuilder();
		collect(root, text);
		return text.toString();
	}

	private static void collect(Component component, StringBuilder text) {
		List<Component> children = component.getChildren().toList();
		if (children.isEmpty() && component instanceof HasText hasText) {
			text.append(hasText.getText()).append('\n');
		}
		children.forEach(child -> collect(child, text));
	}

}
