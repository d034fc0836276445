package id.pelita;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import id.pelita.support.BrowserTest;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real sign-in journeys in a headless Chromium against the running application (Vaadin in development mode with
 * its pre-built bundle, demo data on H2). Uses the Chromium of the machine (see README); Playwright never downloads
 * browsers.
 *
 * <p>Development mode adds its own overlay (a notice and the development tools, with buttons of their own), so
 * buttons are found by role and exact name. Every page load fetches the whole development bundle again (it is served
 * with {@code Cache-Control: no-cache}), so a journey takes a few seconds and the first one more.
 */
class BrowserSmokeTests extends BrowserTest {

	@Test
	void organiserSignsInSeesHomeAndProfileButNotAccountsAndSignsOut() {
		signIn("penyelenggara", SignIn.DEMO_PASSWORD);
		openMyHomePage();
		assertThat(menuEntry("Beranda")).isVisible();
		assertThat(menuEntry("Profil")).isVisible();
		assertThat(menuEntry("Akun")).hasCount(0);
		assertThat(menuEntry("Instansi")).hasCount(0);
		button("Keluar").click();
		this.page.waitForURL(url -> !url.endsWith("/beranda"));
		this.page.navigate("/beranda");
		assertThat(this.page).hasURL(Pattern.compile("/login$"));
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

	@Test
	void thePageRefusesScriptsAndFramesFromElsewhere() {
		// should the policy be missing, nothing may leave the machine either
		this.page.route("https://elsewhere.example.net/**", Route::abort);
		this.page.navigate("/login");
		assertThat(button("Masuk")).isVisible();
		this.page.evaluate("""
				() => new Promise(done => {
				  const script = document.createElement('script');
				  script.src = 'https://elsewhere.example.net/steal.js';
				  script.onerror = done;
				  script.onload = done;
				  document.head.appendChild(script);
				})""");
		this.page.evaluate("""
				() => { const frame = document.createElement('iframe');
				  frame.src = 'https://elsewhere.example.net/frame.html'; document.body.appendChild(frame); }""");
		this.page.waitForCondition(() -> this.policyViolations.stream().anyMatch(text -> text.contains("frame-src")));
		assertThat(this.policyViolations).anySatisfy(violation -> assertThat(violation).contains("script-src",
				"elsewhere.example.net"));
		assertThat(this.policyViolations).anySatisfy(violation -> assertThat(violation).contains("frame-src",
				"elsewhere.example.net"));
		assertThat(this.page.evaluate("() => document.featurePolicy.allowsFeature('camera', 'https://elsewhere.example.net')"))
			.isEqualTo(false);
		this.policyViolations.clear();
	}

	/** From the front page, as a visitor does: "Masuk", then the form of the sign-in page. */
	private void signIn(String login, String password) {
		this.page.navigate("/");
		button("Masuk").click();
		submitSignInForm(login, password);
	}

	/** Without a page asked for before signing in, sign-in leads to one's home page. */
	private void openMyHomePage() {
		assertThat(this.page).hasURL(Pattern.compile("/beranda$"));
	}

}
