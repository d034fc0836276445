package id.pelita.operations;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the integration checks, under {@code pelita.integrations}.
 *
 * @param jitsiBaseUrl where the Jitsi server is fetched from for its test (default {@code https://} plus
 * {@code pelita.jitsi.domain}); its {@code external_api.js} is fetched
 * @param httpTimeout the connect and read time-out of that fetch (default 5 s)
 * @param minFreeSpace below this much free space in the storage directory its status is a warning (default 1 GB)
 * @param keyWarning this long before the signing certificate expires its status is a warning (default 30 days)
 */
@ConfigurationProperties("pelita.integrations")
public record IntegrationSettings(@Nullable String jitsiBaseUrl, @DefaultValue("5s") Duration httpTimeout,
		@DefaultValue("1GB") DataSize minFreeSpace, @DefaultValue("30d") Duration keyWarning) {

	/** The address of the Jitsi server's IFrame API script for a server on {@code domain}. */
	public String jitsiScript(String domain) {
		String base = this.jitsiBaseUrl == null || this.jitsiBaseUrl.isBlank() ? "https://" + domain
				: this.jitsiBaseUrl.strip();
		return (base.endsWith("/") ? base : base + "/") + "external_api.js";
	}

}
