package id.pelita.liveclass.internal.zoom;

import java.time.Clock;

import id.pelita.liveclass.ZoomSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Zoom, when {@code pelita.zoom.*} holds the Server-to-Server OAuth credentials: the gateway. Its two recurring
 * sweeps are declared in {@code internal.jobs.LiveClassSchedules}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ZoomConfigured.class)
class ZoomConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ZoomConfiguration.class);

	@Bean
	ZoomClient zoomClient(ZoomSettings settings, JsonMapper json, Clock clock, ZoomCallLog outcomes) {
		if (!settings.webhooksConfigured()) {
			log.warn("pelita.zoom.webhook-secret is not set: Zoom webhooks will be refused; attendance comes only "
					+ "from the participants report after each meeting");
		}
		return new ZoomClient(settings, json, clock, outcomes);
	}

}
