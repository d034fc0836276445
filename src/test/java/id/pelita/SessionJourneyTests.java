package id.pelita;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.RequestOptions;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.PersonDirectory;
import id.pelita.liveclass.AttendanceFixtures;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.support.BrowserTest;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant opens a live session page before the join window (countdown ticking in the browser, Join
 * disabled with the time it opens) and one inside it (Join enabled; for Jitsi the page inserts the meeting's
 * container and loads the Jitsi server's script). No request leaves the machine: everything not addressed to the
 * application is aborted in the browser, so the Jitsi script cannot load and the page must say so. A second journey
 * serves a stand-in for Jitsi's script and meeting frame (under the application's Content-Security-Policy, whose
 * Permissions-Policy lets the frame use camera and microphone): joining the conference opens an attendance interval,
 * and leaving the page sends the leave beacon with the browser session's CSRF token.
 */
class SessionJourneyTests extends BrowserTest {

	private static final String PESERTA_NIP = "198503122010011003";

	/** Stands in for Jitsi's external_api.js: records the options and lets the test fire the IFrame's events. */
	private static final String FAKE_API = """
			window.JitsiMeetExternalAPI = function (domain, options) {
			  var listeners = {};
			  var frame = document.createElement('iframe');
			  frame.title = 'Jitsi';
			  frame.allow = 'camera; microphone; display-capture';
			  frame.src = 'https://' + domain + '/' + options.roomName;
			  window.addEventListener('message', function (event) {
			    if (event.origin === 'https://' + domain) { window.fakeJitsi.frame = event.data; }
			  });
			  options.parentNode.appendChild(frame);
			  this.addListener = function (event, listener) { listeners[event] = listener; };
			  this.dispose = function () { frame.remove(); };
			  window.fakeJitsi = { domain: domain, options: options,
			    fire: function (event) { if (listeners[event]) { listeners[event]({}); } } };
			};""";

	/** Stands in for the meeting page in Jitsi's frame: tells the page whether it may use camera and microphone. */
	private static final String FAKE_MEETING = """
			<!DOCTYPE html><html><body><script>
			parent.postMessage({ camera: document.featurePolicy.allowsFeature('camera'),
			  microphone: document.featurePolicy.allowsFeature('microphone') }, '*');
			</script></body></html>""";

	/** Keeps every beacon the page sends ("url body") in the session storage, which outlives the page. */
	private static final String RECORD_BEACONS = """
			() => {
			  const send = navigator.sendBeacon.bind(navigator);
			  navigator.sendBeacon = (url, data) => {
			    const sent = JSON.parse(sessionStorage.getItem('beacons') || '[]');
			    sent.push(String(url) + ' ' + String(data));
			    sessionStorage.setItem('beacons', JSON.stringify(sent));
			    return send(url, data);
			  };
			}""";

	@Autowired
	ApplicationContext application;

	@AfterEach
	void signOutOfServices() {
		SignIn.out();
	}

	@Test
	void participantSeesTheCountdownBeforeTheWindowAndJoinsInsideIt() {
		AttendanceFixtures fixtures = new AttendanceFixtures(this.application);
		long runId = fixtures.run();
		long later = fixtures.session(runId, Duration.ofDays(2), 90);
		long soon = fixtures.session(runId, Duration.ofMinutes(10), 60);
		SignIn.as(this.application, "peserta");
		this.application.getBean(ParticipantEnrolments.class).enrol(runId);
		SignIn.out();
		String own = "http://localhost:" + this.port + "/";
		List<String> blocked = new CopyOnWriteArrayList<>();
		this.page.route(url -> !url.startsWith(own), route -> {
			blocked.add(route.request().url());
			route.abort();
		});
		signIn("peserta");

		this.page.navigate("/sesi/" + later);
		Locator countdown = this.page.locator(".session-countdown");
		assertThat(countdown).hasText(Pattern.compile("Dimulai dalam 1 hari 23:5\\d:\\d\\d"));
		String shown = countdown.textContent();
		assertThat(countdown).not().hasText(shown);
		assertThat(button("Gabung")).isDisabled();
		assertThat(this.page.getByText(Pattern.compile("Tombol Gabung aktif pukul \\d\\d\\.\\d\\d WIB"))).isVisible();

		this.page.navigate("/sesi/" + soon);
		assertThat(button("Gabung")).isEnabled();
		this.page.evaluate("""
				() => {
				  window.__jitsiContainer = false;
				  new MutationObserver(() => {
				    if (document.querySelector('.jitsi-meeting')) { window.__jitsiContainer = true; }
				  }).observe(document.body, { childList: true, subtree: true });
				}""");
		button("Gabung").click();

		assertThat(this.page.getByText("Server Jitsi (meet.jit.si) tidak dapat dihubungi. "
				+ "Periksa koneksi internet Anda lalu coba lagi.")).isVisible();
		assertThat(this.page.evaluate("() => window.__jitsiContainer")).isEqualTo(true);
		assertThat(blocked).contains("https://meet.jit.si/external_api.js");
		assertThat(button("Gabung lagi")).isEnabled();
	}

	@Test
	void aJoinedConferenceBecomesAttendanceAndLeavingThePageEndsIt() {
		AttendanceFixtures fixtures = new AttendanceFixtures(this.application);
		long runId = fixtures.run();
		long soon = fixtures.session(runId, Duration.ofMinutes(10), 60);
		SignIn.as(this.application, "peserta");
		this.application.getBean(ParticipantEnrolments.class).enrol(runId);
		SignIn.out();
		long peserta = this.application.getBean(PersonDirectory.class)
			.findByNip(PESERTA_NIP)
			.orElseThrow()
			.accountId();
		String own = "http://localhost:" + this.port + "/";
		this.page.route("https://meet.jit.si/external_api.js", route -> route
			.fulfill(new Route.FulfillOptions().setContentType("text/javascript").setBody(FAKE_API)));
		this.page.route("https://meet.jit.si/pelita-*", route -> route
			.fulfill(new Route.FulfillOptions().setContentType("text/html").setBody(FAKE_MEETING)));
		this.page.route(url -> !url.startsWith(own) && !url.startsWith("https://meet.jit.si/"), Route::abort);
		signIn("peserta");
		this.page.navigate("/sesi/" + soon);

		button("Gabung").click();
		this.page.waitForFunction("() => typeof window.fakeJitsi === 'object'");
		assertThat(this.page.evaluate("() => window.fakeJitsi.options.roomName")).asString()
			.matches("pelita-[a-z2-9]{24}");
		assertThat(this.page.evaluate("() => window.fakeJitsi.options.userInfo.displayName"))
			.isEqualTo("Dewi Lestari, S.Kom.");
		assertThat(this.page.evaluate("() => window.fakeJitsi.options.configOverwrite.prejoinConfig.enabled"))
			.isEqualTo(false);
		this.page.waitForFunction("() => window.fakeJitsi.frame !== undefined");
		assertThat(this.page.evaluate("() => window.fakeJitsi.frame.camera")).as("camera in the Jitsi frame")
			.isEqualTo(true);
		assertThat(this.page.evaluate("() => window.fakeJitsi.frame.microphone")).isEqualTo(true);
		this.page.evaluate("() => window.fakeJitsi.fire('videoConferenceJoined')");
		waitForVaadin();
		AttendanceLedger ledger = this.application.getBean(AttendanceLedger.class);
		assertThat(ledger.ofSession(soon)).singleElement().satisfies(interval -> {
			assertThat(interval.accountId()).isEqualTo(peserta);
			assertThat(interval.open()).isTrue();
		});

		this.page.evaluate(RECORD_BEACONS);
		this.page.navigate("/beranda");
		waitForVaadin();
		List<String> beacons = this.page.evaluate("() => JSON.parse(sessionStorage.getItem('beacons') || '[]')")
			instanceof List<?> sent ? sent.stream().map(String::valueOf).toList() : List.of();
		String leave = beacons.stream()
			.filter(beacon -> beacon.startsWith("attendance/session/" + soon + "/leave "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no leave beacon among " + beacons));
		String body = leave.substring(leave.indexOf(' ') + 1);
		assertThat(body).contains("key=", "_csrf=");
		APIResponse replayed = this.page.request()
			.post(own + "attendance/session/" + soon + "/leave", RequestOptions.create()
				.setHeader("Content-Type", "application/x-www-form-urlencoded")
				.setData(body)
				.setMaxRedirects(0));
		assertThat(replayed.status()).as("the page's CSRF token is this browser session's: " + replayed.text())
			.isEqualTo(204);
		APIResponse forged = this.page.request()
			.post(own + "attendance/session/" + soon + "/leave", RequestOptions.create()
				.setHeader("Content-Type", "application/x-www-form-urlencoded")
				.setData(body.replaceAll("_csrf=[^&]*", "_csrf=forged"))
				.setMaxRedirects(0));
		assertThat(forged.status()).isEqualTo(403);
		assertThat(ledger.ofSession(soon)).singleElement().satisfies(interval -> assertThat(interval.open()).isFalse());
	}

	private void signIn(String login) {
		this.page.navigate("/login");
		submitSignInForm(login, SignIn.DEMO_PASSWORD);
		this.page.waitForURL(url -> url.endsWith("/beranda"));
		assertThat(this.page.getByText(Pattern.compile("^Selamat datang, "))).isVisible();
	}

}
