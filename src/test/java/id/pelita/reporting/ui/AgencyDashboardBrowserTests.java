package id.pelita.reporting.ui;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import id.pelita.support.BrowserTest;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo coordinator opens the agency dashboard in Chromium: Chart.js (from its WebJar) and the page's chart
 * script run under the application's Content-Security-Policy and draw all three charts; BrowserTest fails the
 * test on any policy violation.
 */
class AgencyDashboardBrowserTests extends BrowserTest {

	@Test
	void theDashboardsChartsAreDrawnUnderThePolicy() {
		this.page.navigate("/login");
		submitSignInForm("koordinator", SignIn.DEMO_PASSWORD);
		assertThat(this.page).hasURL(Pattern.compile("/beranda$"));
		menuEntry("Dasbor instansi").click();
		assertThat(this.page).hasURL(Pattern.compile("/instansi/beranda$"));
		Locator drawn = this.page.locator(".chart-canvas[data-drawn='true'] canvas");
		assertThat(drawn).hasCount(3);
		Object painted = drawn.first().evaluate("""
				canvas => {
				  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				  let count = 0;
				  for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { count++; } }
				  return window.Chart.getChart(canvas) !== undefined && count > 100;
				}""");
		assertThat(painted).isEqualTo(Boolean.TRUE);
		assertThat(this.page.locator("table.sr-only caption").first()).hasText("Sebaran JP pegawai");
	}

}
