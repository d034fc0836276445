package id.pelita;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Real sign-in journeys in a headless Chromium against the running application (Vaadin in development mode with
 * its pre-built bundle, demo data on H2). Uses the Chromium of the machine (see README); Playwright never downloads
 * browsers.
 *
 * <p>Development mode adds its own overlay (a notice and the development tools, with buttons of their own), so
 * buttons are found by role and exact name. Every page load fetches the whole development bundle again (it is served
 * with {@code Cache-Control: no-cache}), so a journey takes a few seconds and the first one more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserSmokeTests {

	/** The first page of a fresh application can take several seconds in development mode. */
	private static final double TIMEOUT_MILLIS = 60_000;

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@LocalServerPort
	int port;

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	private Page page;

	@BeforeAll
	void launchBrowser() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")));
		PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		this.context = this.browser
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + this.port));
		this.context.setDefaultTimeout(TIMEOUT_MILLIS);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closePage() {
		this.context.close();
	}

	@Test
	void organiserSignsInAndSeesHomeAndProfileButNotAccounts() {
		signIn("penyelenggara", SignIn.DEMO_PASSWORD);
		openMyHomePage();
		assertThat(menuEntry("Beranda")).isVisible();
		assertThat(menuEntry("Profil")).isVisible();
		assertThat(menuEntry("Akun")).hasCount(0);
		assertThat(menuEntry("Instansi")).hasCount(0);
	}

	@Test
	void administratorSignsInAndOpensTheAccountsPage() {
		signIn("admin", SignIn.DEMO_PASSWORD);
		openMyHomePage();
		assertThat(menuEntry("Instansi")).isVisible();
		menuEntry("Akun").click();
		assertThat(this.page).hasURL(Pattern.compile("/admin/akun$"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Akun").setExact(true))).isVisible();
		assertThat(this.page.getByText("Dewi Lestari, S.Kom.")).isVisible();
	}

	@Test
	void wrongPasswordIsExplainedInIndonesian() {
		signIn("penyelenggara", "bukan-sandinya-1");
		assertThat(this.page).hasURL(Pattern.compile("/login\\?error=credentials$"));
		// login.error.credentials of shared_id.properties
		assertThat(this.page.getByText(
				"NIP/e-mail/nama pengguna atau kata sandi salah. Periksa kembali lalu coba lagi."))
			.isVisible();
		// login.error.credentials.title
		assertThat(this.page.getByText("Gagal masuk", new Page.GetByTextOptions().setExact(true))).isVisible();
	}

	@Test
	void participantSignsInWithTheirNipTypedWithSpaces() {
		signIn("19850312 201001 1 003", SignIn.DEMO_PASSWORD);
		openMyHomePage();
		assertThat(this.page.getByText("Selamat datang, Dewi Lestari, S.Kom.")).isVisible();
		assertThat(menuEntry("Beranda")).isVisible();
	}

	@Test
	void administratorSentToSignInFromTheAccountsPageReturnsThere() {
		this.page.navigate("/admin/akun");
		assertThat(this.page).hasURL(Pattern.compile("/login$"));
		submitSignInForm("admin", SignIn.DEMO_PASSWORD);
		assertThat(this.page).hasURL(Pattern.compile("/admin/akun"));
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Akun").setExact(true))).isVisible();
	}

	/** From the front page, as a visitor does: "Masuk", then the form of the sign-in page. */
	private void signIn(String login, String password) {
		this.page.navigate("/");
		button("Masuk").click();
		submitSignInForm(login, password);
	}

	private void submitSignInForm(String login, String password) {
		this.page.getByLabel("NIP, e-mail, atau nama pengguna", new Page.GetByLabelOptions().setExact(true))
			.fill(login);
		this.page.getByLabel("Kata sandi", new Page.GetByLabelOptions().setExact(true)).fill(password);
		button("Masuk").click();
	}

	/** Without a page asked for before signing in, sign-in leads to one's home page. */
	private void openMyHomePage() {
		assertThat(this.page).hasURL(Pattern.compile("/beranda$"));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator menuEntry(String label) {
		return this.page.locator("vaadin-side-nav.main-menu")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label).setExact(true));
	}

}
