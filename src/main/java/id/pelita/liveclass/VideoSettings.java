package id.pelita.liveclass;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The default video provider of new sessions, {@code pelita.video.provider}: the id of a provider in any case,
 * {@code jitsi} (default, needs no account) or {@code zoom} (needs the {@code pelita.zoom.*} credentials).
 */
@ConfigurationProperties("pelita.video")
public record VideoSettings(String provider) {

	public VideoSettings {
		provider = provider == null || provider.isBlank() ? "jitsi" : provider;
	}

}
