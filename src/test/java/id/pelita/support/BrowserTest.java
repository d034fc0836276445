package id.pelita.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real browser journey: headless Chromium of the machine (see README; Playwright never downloads browsers)
 * against the application on a random port (Vaadin development mode with its pre-built bundle, demo data on H2).
 * One browser per class, a fresh browser context (cookies, session) per test. Buttons are found by role and exact
 * name; every page load fetches the whole development bundle, so a journey takes a few seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	/** The first page of a fresh application can take several seconds in development mode. */
	protected static final double TIMEOUT_MILLIS = 60_000;

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@LocalServerPort
	protected int port;

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	protected Page page;

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

	/** Fills and sends the form of the sign-in page that is open. */
	protected void submitSignInForm(String login, String password) {
		this.page.getByLabel("NIP, e-mail, atau nama pengguna", new Page.GetByLabelOptions().setExact(true))
			.fill(login);
		this.page.getByLabel("Kata sandi", new Page.GetByLabelOptions().setExact(true)).fill(password);
		button("Masuk").click();
	}

	protected Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	protected Locator menuEntry(String label) {
		return this.page.locator("vaadin-side-nav.main-menu")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label).setExact(true));
	}

}
