package id.pelita;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.certificate.CertificateFixtures;
import id.pelita.certificate.VerificationCode;
import id.pelita.certificate.internal.CertificateRow;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.PersonDirectory;
import id.pelita.learning.PathResults;
import id.pelita.support.BrowserTest;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From completion to verification: the organiser marks the demo participant complete by hand; the certificate
 * appears on {@code /sertifikat-saya}, the participant downloads the PDF, uploads that very file on
 * {@code /verifikasi} and reads that it is unaltered with its signature intact (SAH), and the QR link's address
 * says SAH too.
 */
class CertificateJourneyTests extends BrowserTest {

	private static final String PESERTA_NIP = "198503122010011003";

	@Autowired
	ApplicationContext application;

	@AfterEach
	void signOutOfServices() {
		SignIn.out();
	}

	@Test
	void aCompletedParticipantDownloadsTheCertificateAndVerifiesTheFileAndTheLink() throws IOException {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.application);
		long runId = fixtures.openRun(20, Map.of(), EnrolmentMode.OPEN);
		long peserta = this.application.getBean(PersonDirectory.class).findByNip(PESERTA_NIP).orElseThrow().accountId();
		SignIn.as(this.application, "peserta");
		this.application.getBean(ParticipantEnrolments.class).enrol(runId);
		SignIn.as(this.application, "penyelenggara");
		this.application.getBean(PathResults.class).markComplete(runId, peserta, "Mengikuti kelas tatap muka pengganti");
		SignIn.out();
		CertificateFixtures certificates = new CertificateFixtures(this.application);
		CertificateRow issued = certificates.issued(runId, peserta);

		this.page.navigate("/login");
		submitSignInForm("peserta", SignIn.DEMO_PASSWORD);
		this.page.waitForURL(url -> url.endsWith("/beranda"));
		menuEntry("Sertifikat saya").click();
		Locator card = this.page.locator(".certificate-card")
			.filter(new Locator.FilterOptions().setHasText(issued.runName() + " · " + issued.number()));
		assertThat(card).isVisible();
		assertThat(card.getByText("Berlaku", new Locator.GetByTextOptions().setExact(true))).isVisible();
		Locator link = card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Unduh PDF").setExact(true));
		assertThat(link).hasAttribute("download", "");
		// the link's file, fetched with the participant's browser session (Chromium's download manager itself is
		// not what is tested here, and under load it sometimes cancels a download in a headless browser)
		APIResponse response = this.page.context().request().get(link.getAttribute("href"));
		Path file = Files.createTempFile("sertifikat", ".pdf");
		try {
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.headers().get("content-disposition"))
				.contains("attachment").contains("STTP-").contains(".pdf");
			Files.write(file, response.body());
			assertThat(Files.readAllBytes(file)).isEqualTo(certificates.pdf(issued));

			this.page.navigate("/verifikasi");
			this.page.locator("vaadin-upload input[type=file]").setInputFiles(file);
			assertThat(this.page.getByText("Berkas ini sama persis (byte demi byte) dengan sertifikat yang diterbitkan."))
				.isVisible();
			assertThat(this.page.getByText("Tanda tangan elektronik utuh.")).isVisible();
			assertThat(this.page.locator(".verification-status")).hasText("SAH");
			assertThat(this.page.getByText("Nama: Dewi Lestari, S.Kom.")).isVisible();
		}
		finally {
			Files.deleteIfExists(file);
		}

		this.page.navigate("/verifikasi/" + VerificationCode.grouped(issued.code()));
		assertThat(this.page.locator(".verification-status")).hasText("SAH");
		assertThat(this.page.getByText("Nomor: " + issued.number(), new com.microsoft.playwright.Page.GetByTextOptions()
			.setExact(true))).isVisible();
	}

}
