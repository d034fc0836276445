package id.pelita.liveclass.internal;

import id.pelita.liveclass.JitsiSettings;
import id.pelita.shared.security.EmbeddedOrigin;
import id.pelita.shared.security.EmbeddedOrigin.Use;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The session page embeds the configured Jitsi server ({@code pelita.jitsi.domain}): its {@code external_api.js}
 * and its meeting frame, which may use the camera, the microphone and screen sharing. The browser headers allow
 * that origin and no other.
 */
@Configuration(proxyBeanMethods = false)
class JitsiEmbedding {

	@Bean
	EmbeddedOrigin jitsiServer(JitsiSettings settings) {
		return EmbeddedOrigin.https(settings.domain(), Use.SCRIPTS, Use.FRAMES, Use.CAMERA_AND_MICROPHONE,
				Use.SCREEN_SHARING);
	}

}
