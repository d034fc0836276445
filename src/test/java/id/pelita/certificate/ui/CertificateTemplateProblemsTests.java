package id.pelita.certificate.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.certificate.CertificateFixtures;
import id.pelita.certificate.CertificateSetup;
import id.pelita.certificate.internal.CertificateIssuer;
import id.pelita.certificate.internal.CertificateRow;
import id.pelita.certificate.internal.SettingsStore;
import id.pelita.certificate.internal.template.DemoSignature;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.ui.HomeView;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Templates and officials that cannot make a certificate, on a template folder of this test's own (the shipped
 * templates and three broken copies): the setup page names what is wrong with each; a course whose template is
 * broken, or an official without a signature image, leaves the certificate pending with that reason on the run's
 * report and nothing issued; once fixed, a retry issues it.
 */
@SpringBootTest
@ActiveProfiles("test")
class CertificateTemplateProblemsTests extends SpringBrowserlessTest {

	private static final Path ROOT = templates();

	private static final String MISSING_FONT = "DejaVuSerif-Bold.ttf";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SettingsStore settings;

	EnrolmentFixtures fixtures;

	SettingsStore.Settings before;

	long courseId;

	String courseTemplate;

	@DynamicPropertySource
	static void templateFolder(DynamicPropertyRegistry registry) {
		registry.add("pelita.certificate.templates", ROOT::toString);
		registry.add("pelita.catalog.certificate-templates", ROOT::toString);
	}

	@BeforeEach
	void setUp() {
		this.fixtures = new EnrolmentFixtures(this.context);
		new CertificateFixtures(this.context);
		this.before = this.settings.settings();
		this.courseId = this.fixtures.asSystem(() -> this.context.getBean(CatalogService.class).courses().getFirst().id());
		this.courseTemplate = this.jdbc.queryForObject("select certificate_template from course where id = ?",
				String.class, this.courseId);
		SignIn.as(this.context, "penyelenggara");
	}

	@AfterEach
	void restore() throws IOException {
		SignIn.out();
		this.settings.save(this.before, Instant.now());
		this.jdbc.update("update course set certificate_template = ? where id = ?", this.courseTemplate, this.courseId);
		Files.deleteIfExists(ROOT.resolve("rusak-huruf").resolve(MISSING_FONT));
	}

	@AfterAll
	static void removeTemplates() throws IOException {
		try (Stream<Path> files = Files.walk(ROOT)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	@Test
	void theSetupPageNamesWhatIsWrongWithEachBrokenTemplateAndOffersNoPreview() {
		CertificateSetupView view = navigate(CertificateSetupView.class);
		assertThat(CertificateSetupViewTests.texts(CertificateSetupViewTests.card(view, "sttp-standar")))
			.contains("Siap dipakai");
		Div font = CertificateSetupViewTests.card(view, "rusak-huruf");
		assertThat(CertificateSetupViewTests.texts(font))
			.contains("Tidak dapat dipakai: Berkas huruf DejaVuSerif-Bold.ttf tidak ada di folder templat.");
		assertThat(font.getChildren().filter(Button.class::isInstance)).isEmpty();
		assertThat(CertificateSetupViewTests.texts(CertificateSetupViewTests.card(view, "rusak-json")))
			.anySatisfy(text -> assertThat(text).startsWith("Tidak dapat dipakai: layout.json tidak dapat dibaca: ")
				.contains("line 1"));
		assertThat(CertificateSetupViewTests.texts(CertificateSetupViewTests.card(view, "rusak-halaman")))
			.anySatisfy(text -> assertThat(text).startsWith("Tidak dapat dipakai: Isian #")
				.endsWith("(qr) keluar dari halaman."));
		assertThatThrownBy(() -> this.context.getBean(CertificateSetup.class).preview("rusak-huruf"))
			.isInstanceOfSatisfying(UserFacingException.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("certificate.template.error.fontMissing"));
	}

	@Test
	void aBrokenTemplateLeavesTheCertificatePendingWithTheReasonUntilItIsFixed() throws IOException {
		this.jdbc.update("update course set certificate_template = 'rusak-huruf' where id = ?", this.courseId);
		long runId = this.fixtures.openRun(10, Map.of(), EnrolmentMode.OPEN);
		PersonRef person = this.fixtures.employeeNamed("Yohana Kristiani", this.fixtures.agency("36.04.02"));
		assertThat(this.context.getBean(CertificateIssuer.class).completed(runId, person.accountId(), Instant.now()))
			.isEqualTo(CertificateIssuer.Outcome.PENDING);
		assertThat(certificates(runId)).isZero();
		assertThat(this.fixtures.outbox("certificate-issued", person.accountId())).isZero();
		RunCertificatesView report = report(runId);
		assertThat(report.summary.getText()).isEqualTo("Terbit: 0 · Menunggu: 1 · Dicabut: 0");
		assertThat(test(report.grid).getCellText(0, 3)).isEqualTo(
				"Templat rusak-huruf tidak dapat dipakai: Berkas huruf DejaVuSerif-Bold.ttf tidak ada di folder templat.");

		Files.copy(ROOT.resolve("sttp-standar").resolve(MISSING_FONT), ROOT.resolve("rusak-huruf").resolve(MISSING_FONT));
		retry(report);
		assertThat(report.summary.getText()).isEqualTo("Terbit: 1 · Menunggu: 0 · Dicabut: 0");
		CertificateRow issued = new CertificateFixtures(this.context).issued(runId, person.accountId());
		assertThat(issued.template()).isEqualTo("rusak-huruf");
	}

	@Test
	void anOfficialWithoutASignatureImageHoldsTheCertificatesUntilTheImageIsGiven() {
		String name = "Ir. Bambang Sutrisno " + TestData.username("S").replaceAll("[^A-Za-z]", "") + ", M.T.";
		long official = this.settings.addOfficial(name, null, "Kepala Bidang Pengembangan Kompetensi", null,
				Instant.now());
		this.settings.save(new SettingsStore.Settings(this.before.numberPattern(), this.before.issuer(),
				this.before.issuePlace(), official), Instant.now());
		long runId = this.fixtures.openRun(10, Map.of(), EnrolmentMode.OPEN);
		PersonRef person = this.fixtures.employee(this.fixtures.agency("36.04.02"));
		assertThat(this.context.getBean(CertificateIssuer.class).completed(runId, person.accountId(), Instant.now()))
			.isEqualTo(CertificateIssuer.Outcome.PENDING);
		assertThat(certificates(runId)).isZero();
		RunCertificatesView report = report(runId);
		assertThat(test(report.grid).getCellText(0, 3))
			.isEqualTo("Pejabat penandatangan " + name + " belum memiliki gambar tanda tangan.");

		CertificateSetupView setup = setup();
		assertThat(setup.unsigned.isVisible()).isTrue();
		assertThat(setup.unsigned.getText()).startsWith("Pejabat terpilih, " + name + ", belum memiliki gambar");
		test(CertificateSetupViewTests.button(setup, "Simpan")).click();
		assertThat(setup.message.getText())
			.isEqualTo("Pejabat penandatangan " + name + " belum memiliki gambar tanda tangan.");
		Div row = officialRow(setup, name);
		test(CertificateSetupViewTests.button(row, "Pakai gambar yang diunggah sebagai tanda tangan")).click();
		assertThat(setup.message.getText())
			.isEqualTo("Unggah gambar tanda tangan pejabat (PNG atau JPEG, paling besar 1 MB).");
		test(setup.signature).upload("ttd-kabid.png", "image/png", DemoSignature.png());
		test(CertificateSetupViewTests.button(officialRow(setup, name),
				"Pakai gambar yang diunggah sebagai tanda tangan")).click();
		assertThat(setup.message.getText()).startsWith("Tanda tangan " + name + " tersimpan.");
		assertThat(setup.unsigned.isVisible()).isFalse();

		retry(report(runId));
		CertificateRow issued = new CertificateFixtures(this.context).issued(runId, person.accountId());
		assertThat(issued.officialName()).isEqualTo(name);
	}

	private int certificates(long runId) {
		return this.jdbc.queryForObject("select count(*) from certificate where run_id = ?", Integer.class, runId);
	}

	private RunCertificatesView report(long runId) {
		navigate(HomeView.class);
		navigate("kelola/sertifikat/angkatan/" + runId, RunCertificatesView.class);
		return (RunCertificatesView) getCurrentView();
	}

	private CertificateSetupView setup() {
		navigate(HomeView.class);
		return navigate(CertificateSetupView.class);
	}

	private void retry(RunCertificatesView report) {
		IntStream.range(0, test(report.grid).size())
			.mapToObj(i -> (HorizontalLayout) test(report.grid).getCellComponent(i, 4))
			.flatMap(HorizontalLayout::getChildren)
			.map(Button.class::cast)
			.filter(button -> button.getText().equals("Coba terbitkan lagi"))
			.findFirst()
			.map(button -> test(button))
			.orElseThrow()
			.click();
	}

	private static Div officialRow(CertificateSetupView setup, String name) {
		return setup.officials.getChildren()
			.map(Div.class::cast)
			.filter(row -> row.getChildren().anyMatch(child -> child instanceof Span span
					&& span.getText().startsWith(name)))
			.findFirst()
			.orElseThrow();
	}

	/** The shipped templates and three broken copies: a font missing, bad JSON, a field off the page. */
	private static Path templates() {
		try {
			Path root = Files.createTempDirectory("pelita-templates");
			Path shipped = Path.of("certificates-templates");
			copy(shipped.resolve("sttp-standar"), root.resolve("sttp-standar"));
			copy(shipped.resolve("modern-portrait"), root.resolve("modern-portrait"));
			copy(shipped.resolve("sttp-standar"), root.resolve("rusak-huruf"));
			Files.delete(root.resolve("rusak-huruf").resolve(MISSING_FONT));
			copy(shipped.resolve("sttp-standar"), root.resolve("rusak-json"));
			Files.writeString(root.resolve("rusak-json").resolve("layout.json"), "{ \"name\": \"STTP\", \"fields\": [ ");
			copy(shipped.resolve("sttp-standar"), root.resolve("rusak-halaman"));
			Path layout = root.resolve("rusak-halaman").resolve("layout.json");
			Files.writeString(layout, Files.readString(layout).replace("\"x\": 96, \"y\": 58", "\"x\": 800, \"y\": 58"));
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
	}

}
