package id.pelita;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.AccountService;
import id.pelita.identity.AgencyDirectory;
import id.pelita.identity.NewAccount;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.BrowserTest;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly cohort in a real browser: the agency coordinator imports a roster file and nominates the new
 * employees to a run; a participant enrols in a full run and sees their place on the waitlist.
 */
class CohortJourneyTests extends BrowserTest {

	@Autowired
	ApplicationContext application;

	@Autowired
	RunService runs;

	@Autowired
	CatalogService catalog;

	@Autowired
	ParticipantEnrolments enrolments;

	@Autowired
	AccountService accounts;

	@Autowired
	AgencyDirectory agencies;

	@TempDir
	Path files;

	@AfterEach
	void signOutOfServices() {
		SignIn.out();
	}

	@Test
	void coordinatorImportsARosterFileAndNominatesTheNewEmployees() throws Exception {
		String first = TestData.nip();
		String second = TestData.nip();
		Path roster = this.files.resolve("pegawai.csv");
		Files.writeString(roster, "\uFEFFNIP;Nama;Pangkat/Golongan;Jabatan;Unit;E-mail;Telepon\n" + first
				+ ";Rahmat Hidayat;Penata (III/c);Analis Kebijakan;36.04.01;;\n" + second
				+ ";Siti Aminah;Penata Muda (III/a);Perencana;36.04.03;;\n"
				+ "19850230 201001 1 003;Tanggal Salah;;;36.04.01;;\n");
		signIn("koordinator");
		this.page.navigate("/instansi/pegawai");
		button("Impor berkas").click();
		this.page.locator("vaadin-upload input[type=file]").setInputFiles(roster);
		assertThat(this.page.getByText("3 baris dibaca: 2 benar, 1 bermasalah.")).isVisible();
		assertThat(this.page.getByText("Tanggal lahir pada NIP (19850230) bukan tanggal yang valid.",
				new Page.GetByTextOptions().setExact(false))).isVisible();
		button("Impor 2 baris yang benar").click();
		assertThat(this.page.getByText(Pattern.compile("Impor selesai: 2 pegawai baru"))).isVisible();

		long runId = this.runs.openForRegistration()
			.stream()
			.filter(run -> run.enrolmentMode() == EnrolmentMode.NOMINATION_ONLY)
			.map(RunDetails::id)
			.findFirst()
			.orElseThrow();
		this.page.navigate("/instansi/nominasi?angkatan=" + runId);
		this.page.getByLabel("Atau tempel NIP").fill(first + "\n" + second);
		button("Nominasikan").click();
		assertThat(this.page.getByText(Pattern.compile("2 terdaftar, 0 di daftar tunggu, 0 ditolak"))).isVisible();
		assertThat(this.page.getByText("Rahmat Hidayat")).isVisible();
		assertThat(this.page.getByText("Siti Aminah")).isVisible();
	}

	@Test
	void onAPhoneEveryReasonOfTheImportPreviewIsReadableInFull() throws Exception {
		this.page.setViewportSize(390, 844);
		Path roster = this.files.resolve("pegawai-salah.csv");
		Files.writeString(roster, "NIP;Nama;Unit\n198503122000011003;Pengangkatan Terlalu Muda;36.04.01\n"
				+ "19850230 201001 1 003;Tanggal Salah;99.99\n");
		signIn("koordinator");
		this.page.navigate("/instansi/pegawai");
		button("Impor berkas").click();
		this.page.locator("vaadin-upload input[type=file]").setInputFiles(roster);
		String reason = "Bulan pengangkatan pada NIP (200001) sebelum pegawai berusia 18 tahun.";
		Locator shown = this.page.locator(".import-problem-reason", new Page.LocatorOptions().setHasText(reason));
		assertThat(shown).isVisible();
		assertThat(shown).hasText(reason);
		for (Locator element : List.of(shown, shown.locator("xpath=ancestor::vaadin-grid-cell-content"))) {
			assertThat(element.evaluate("e => e.scrollWidth <= e.clientWidth"))
				.as("no ellipsis, nothing cut: " + element).isEqualTo(true);
			BoundingBox box = element.boundingBox();
			assertThat(box.x).isGreaterThanOrEqualTo(0);
			assertThat(box.x + box.width).isLessThanOrEqualTo(390);
		}
		assertThat(this.page.locator(".import-problem-reason",
				new Page.LocatorOptions().setHasText("Kode unit 99.99 tidak dikenal."))).isVisible();
	}

	@Test
	void participantEnrolsInAFullRunAndSeesTheirPlaceOnTheWaitlist() {
		long runId = runWithItsOnlySeatTaken();
		signIn("peserta");
		this.page.navigate("/katalog/" + runId);
		button("Daftar").click();
		assertThat(this.page.getByText("Kursi penuh; Anda masuk daftar tunggu pada urutan 1.")).isVisible();
	}

	private long runWithItsOnlySeatTaken() {
		SignIn.as(this.application, "penyelenggara");
		LocalDate today = LocalDate.now(IndonesianTime.DEFAULT_ZONE);
		long runId = this.runs.createRun(new RunDraft(this.catalog.courses().getFirst().id(),
				"Angkatan Satu Kursi " + TestData.username("r"), YearMonth.from(today.plusDays(10)),
				today.minusDays(1).atTime(8, 0), today.plusDays(3).atTime(16, 0), today.plusDays(10),
				today.plusDays(11), 1, Map.of(), EnrolmentMode.OPEN));
		this.runs.publish(runId);
		SignIn.as(this.application, "admin");
		String username = TestData.username("pengisi");
		long agencyId = this.agencies.all().stream().filter(agency -> agency.code().equals("36.00.01")).findFirst()
			.orElseThrow().id();
		this.accounts.createAccount(new NewAccount(username, "Pengisi Kursi", null, TestData.nip(), null, agencyId,
				Set.of(Role.PARTICIPANT), "rahasia123"));
		SignIn.as(this.application, username, "rahasia123");
		this.enrolments.enrol(runId);
		SignIn.out();
		return runId;
	}

	private void signIn(String login) {
		this.page.navigate("/login");
		submitSignInForm(login, SignIn.DEMO_PASSWORD);
		this.page.waitForURL(url -> url.endsWith("/beranda"));
		// the home page loaded and its client settled, as a person sees it before going on
		waitForVaadin();
	}

}
