package id.pelita.shared.security;

import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

/**
 * An outside origin that Pelita's pages embed, declared as a bean by the module that embeds it (the live class
 * module declares its Jitsi server). The browser headers allow exactly these origins, for exactly these uses; every
 * other outside script, frame, camera or microphone use is refused by the browser.
 *
 * @param origin scheme, host and optional port, e.g. {@code https://meet.jit.si}
 * @param uses what pages may do with it
 */
public record EmbeddedOrigin(String origin, Set<Use> uses) {

	/** What a page may do with an embedded origin. */
	public enum Use {

		/** load scripts from it ({@code script-src}) */
		SCRIPTS,

		/** show it in a frame ({@code frame-src}) */
		FRAMES,

		/** let its frame use the camera and the microphone ({@code Permissions-Policy}) */
		CAMERA_AND_MICROPHONE,

		/** let its frame share the screen and go full screen ({@code Permissions-Policy}) */
		SCREEN_SHARING

	}

	public EmbeddedOrigin {
		URI uri = URI.create(origin.strip());
		if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getRawPath() != null
				&& !uri.getRawPath().isEmpty() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException("An embedded origin is https://host[:port], not " + origin);
		}
		origin = uri.getPort() < 0 ? "https://" + uri.getHost() : "https://" + uri.getHost() + ":" + uri.getPort();
		uses = uses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(uses));
	}

	/** An origin of a host name that may carry a port ({@code meet.example.go.id:8443}), over HTTPS. */
	public static EmbeddedOrigin https(String hostAndPort, Use... uses) {
		return new EmbeddedOrigin("https://" + hostAndPort.strip(), uses.length == 0 ? Set.of() : Set.of(uses));
	}

	boolean allows(Use use) {
		return this.uses.contains(use);
	}

}
