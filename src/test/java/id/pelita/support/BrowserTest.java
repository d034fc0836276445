package id.pelita.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser journey: headless Chromium of the machine (see README; Playwright never downloads browsers)
 * against the application on a random port (Vaadin development mode with its pre-built bundle, demo data on H2).
 * One browser per class, a fresh browser context (cookies, session) per test. Buttons are found by role and exact
 * name; every page load fetches the whole development bundle, so a journey takes a few seconds.
 *
 * <p>Pages run under the application's Content-Security-Policy and Permissions-Policy: every violation the browser
 * reports (a {@code securitypolicyviolation} event, or its console message) fails the test.
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

	/** The policy violations the browser reported during the test. */
	protected final List<String> policyViolations = new CopyOnWriteArrayList<>();

	/** What the page asked the server and was answered, printed when a test fails (the last {@value #TRAFFIC_KEPT}). */
	private final List<String> traffic = new CopyOnWriteArrayList<>();

	private static final int TRAFFIC_KEPT = 60;

	/** Reports every CSP violation of every page and frame on the console, where the test collects it. */
	private static final String REPORT_VIOLATIONS = """
			document.addEventListener('securitypolicyviolation', event => console.error('CSP violation: '
			  + event.violatedDirective + ' blocked ' + event.blockedURI + ' in ' + event.documentURI));""";

	/**
	 * When a test fails, prints the address and the visible text of the page it left (before the page is closed),
	 * so that a failure on the CI machine says what the browser showed.
	 */
	@RegisterExtension
	final AfterTestExecutionCallback describeFailure = extension -> extension.getExecutionException()
		.ifPresent(failure -> {
			if (this.page != null && !this.page.isClosed()) {
				String text;
				try {
					text = this.page.locator("body").innerText(new Locator.InnerTextOptions().setTimeout(5_000));
				}
				catch (RuntimeException ex) {
					text = "(the page's text could not be read: " + ex.getMessage() + ")";
				}
				System.err.println("Browser test " + extension.getDisplayName() + " failed on " + this.page.url()
						+ "; the page showed:\n" + text + "\nits last requests:\n" + String.join("\n", this.traffic));
			}
		});

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
		this.context.addInitScript(REPORT_VIOLATIONS);
		this.policyViolations.clear();
		this.page = this.context.newPage();
		this.traffic.clear();
		this.page.onResponse(response -> {
			// headers() leaves the cookie headers out; allHeaders() has them
			String sessionCookie = response.allHeaders().getOrDefault("set-cookie", "");
			String requestCookie = response.request().allHeaders().getOrDefault("cookie", "");
			this.traffic.add(response.request().method() + " " + response.url() + " -> " + response.status()
					+ " session " + sessionId(requestCookie)
					+ (sessionCookie.contains("JSESSIONID") ? " set " + sessionId(sessionCookie) : ""));
			if (this.traffic.size() > TRAFFIC_KEPT) {
				this.traffic.remove(0);
			}
		});
		this.page.onConsoleMessage(message -> {
			String text = message.text();
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.contains("csp violation") || lower.contains("content security policy")
					|| lower.contains("permissions policy violation")) {
				this.policyViolations.add(text);
			}
		});
	}

	@AfterEach
	void closePage() {
		try {
			assertThat(this.policyViolations).as("policy violations reported by the browser").isEmpty();
		}
		finally {
			this.context.close();
		}
	}

	/** The first characters of the session id in a cookie header, enough to tell sessions apart. */
	private static String sessionId(String cookies) {
		int at = cookies.indexOf("JSESSIONID=");
		return at < 0 ? "-" : cookies.substring(at + 11, Math.min(cookies.length(), at + 17));
	}

	/**
	 * Waits until the page's Vaadin client has no request to the server in flight, as TestBench does before every
	 * step. A sign-in post sent while the sign-in page's own requests are still going can race them.
	 */
	protected void waitForVaadin() {
		this.page.waitForFunction("""
				() => { const flow = window.Vaadin && window.Vaadin.Flow;
				  const clients = flow && flow.clients ? Object.values(flow.clients) : [];
				  return clients.length > 0 && clients.every(client => !client.isActive || !client.isActive()); }""");
	}

	/** Fills and sends the form of the sign-in page that is open. */
	protected void submitSignInForm(String login, String password) {
		waitForVaadin();
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
