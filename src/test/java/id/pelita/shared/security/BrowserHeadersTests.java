package id.pelita.shared.security;

import java.util.List;
import java.util.Set;

import id.pelita.shared.security.EmbeddedOrigin.Use;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BrowserHeadersTests {

	private final BrowserHeaders jitsi = new BrowserHeaders(List.of(EmbeddedOrigin.https("meet.example.go.id:8443",
			Use.SCRIPTS, Use.FRAMES, Use.CAMERA_AND_MICROPHONE, Use.SCREEN_SHARING)));

	@Test
	void theJitsiServerMayServeScriptsAndFramesAndNothingElseFromOutside() {
		assertThat(this.jitsi.contentSecurityPolicy().split("; ")).contains("default-src 'self'",
				"script-src 'self' 'unsafe-inline' 'unsafe-eval' https://meet.example.go.id:8443",
				"frame-src 'self' https://meet.example.go.id:8443", "style-src 'self' 'unsafe-inline'",
				"connect-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "form-action 'self'");
	}

	@Test
	void onlyTheJitsiFrameGetsTheCameraAndTheMicrophone() {
		assertThat(this.jitsi.permissionsPolicy().split(", ")).contains(
				"camera=(self \"https://meet.example.go.id:8443\")",
				"microphone=(self \"https://meet.example.go.id:8443\")",
				"display-capture=(self \"https://meet.example.go.id:8443\")", "geolocation=()", "payment=()");
	}

	@Test
	void withoutEmbeddedOriginsNothingFromOutsideAndNoCamera() {
		BrowserHeaders none = new BrowserHeaders(List.of());
		assertThat(none.contentSecurityPolicy()).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval';",
				"frame-src 'self';").doesNotContain("https:");
		assertThat(none.permissionsPolicy()).contains("camera=()", "microphone=()", "fullscreen=(self)");
	}

	@Test
	void anEmbeddedOriginIsAnHttpsOriginWithoutPath() {
		assertThat(new EmbeddedOrigin(" https://meet.jit.si ", Set.of(Use.FRAMES)).origin())
			.isEqualTo("https://meet.jit.si");
		assertThatIllegalArgumentException().isThrownBy(() -> new EmbeddedOrigin("http://meet.jit.si", Set.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EmbeddedOrigin("https://meet.jit.si/room", Set.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EmbeddedOrigin.https("meet.jit.si; script-src *", Use.SCRIPTS));
	}

}
