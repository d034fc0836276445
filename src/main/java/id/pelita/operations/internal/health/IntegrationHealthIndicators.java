package id.pelita.operations.internal.health;

import java.util.LinkedHashMap;
import java.util.Map;

import id.pelita.certificate.SigningKeyStatus;
import id.pelita.liveclass.ZoomStatus;
import id.pelita.notification.MailStatus;
import id.pelita.operations.JitsiStatus;
import id.pelita.operations.QuartzStatus;
import id.pelita.operations.StorageStatus;
import id.pelita.operations.internal.IntegrationProbes;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health contributors of the outside systems; each bean's name is the contributor's name under
 * {@code /actuator/health}. None calls the internet: Zoom and Jitsi report the outcome of their last real call.
 */
@Configuration(proxyBeanMethods = false)
class IntegrationHealthIndicators {

	@Bean("zoom")
	IntegrationHealth<ZoomStatus> zoomHealth(IntegrationProbes probes) {
		return new IntegrationHealth<>(probes::zoom, zoom -> details("configured", zoom.configured(),
				"lastSuccessAt", zoom.lastSuccessAt(), "lastErrorAt", zoom.lastErrorAt(), "lastError", zoom.lastError()));
	}

	@Bean("jitsi")
	IntegrationHealth<JitsiStatus> jitsiHealth(IntegrationProbes probes) {
		return new IntegrationHealth<>(probes::jitsi, jitsi -> details("domain", jitsi.domain(), "lastCheckedAt",
				jitsi.lastCheckedAt(), "lastError", jitsi.lastError()));
	}

	@Bean("smtp")
	IntegrationHealth<MailStatus> smtpHealth(IntegrationProbes probes) {
		return new IntegrationHealth<>(probes::mail, mail -> details("configured", mail.configured(), "host",
				mail.configured() ? mail.host() : null, "lastDeliveryAt", mail.lastDeliveryAt(), "backlog",
				mail.backlog(), "failed", mail.failed()));
	}

	@Bean("signingKey")
	IntegrationHealth<SigningKeyStatus> signingKeyHealth(IntegrationProbes probes) {
		return new IntegrationHealth<>(probes::signingKey, key -> details("subject", key.subject(), "issuer",
				key.issuer(), "notAfter", key.notAfter(), "error", key.error()));
	}

	@Bean("storage")
	IntegrationHealth<StorageStatus> storageHealth(IntegrationProbes probes) {
		return new IntegrationHealth<>(probes::storage, storage -> details("usableBytes", storage.usableBytes(),
				"totalBytes", storage.totalBytes(), "writable", storage.writable(), "error", storage.error()));
	}

	@Bean("quartz")
	IntegrationHealth<QuartzStatus> quartzHealth(IntegrationProbes probes) {
		return new IntegrationHealth<>(probes::quartz, quartz -> details("nodes", quartz.nodes().size(), "liveNodes",
				quartz.liveNodes(), "startedHere", quartz.startedHere(), "misfiredTriggers", quartz.misfiredTriggers(),
				"error", quartz.error()));
	}

	private static Map<String, @Nullable Object> details(@Nullable Object... namesAndValues) {
		Map<String, @Nullable Object> details = new LinkedHashMap<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			details.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
		}
		return details;
	}

}
