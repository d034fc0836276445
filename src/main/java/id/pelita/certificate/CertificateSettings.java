package id.pelita.certificate;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the certificate module, under {@code pelita.certificate}.
 *
 * @param templates the folder with one sub-folder per template (default {@code certificates-templates})
 * @param signing the PAdES signing key
 * @param verification limits of the public verification
 * @param jobs the issue sweep's interval ({@code pelita.certificate.jobs.issue-sweep}, default 1 minute)
 */
@ConfigurationProperties("pelita.certificate")
public record CertificateSettings(@Nullable Path templates, @Nullable Signing signing,
		@Nullable Verification verification, @Nullable Jobs jobs) {

	public CertificateSettings {
		templates = templates != null ? templates : Path.of("certificates-templates");
		signing = signing != null ? signing : new Signing(null, null, null, null, null);
		verification = verification != null ? verification : new Verification(0, 0);
		jobs = jobs != null ? jobs : new Jobs(null);
	}

	/**
	 * @param keyStore a PKCS#12 file with the private key and its certificate chain; empty: {@code keys/
	 * certificate-signing.p12} next to the storage directory, generated as a self-signed demo key when missing
	 * @param password the key store's (and key's) password
	 * @param alias the key's alias; empty: the first key in the store
	 * @param generateIfMissing whether a missing key store is generated (default true; false in production)
	 * @param signerName the name put into the signature dictionary
	 */
	public record Signing(@Nullable Path keyStore, @Nullable String password, @Nullable String alias,
			@Nullable Boolean generateIfMissing, @Nullable String signerName) {

		public Signing {
			password = password != null ? password : "pelita-demo";
			generateIfMissing = generateIfMissing == null || generateIfMissing;
			signerName = signerName != null && !signerName.isBlank() ? signerName : "Pelita LMS";
		}

	}

	/**
	 * @param maxUploadBytes the largest PDF accepted for checking (default 10 MB)
	 * @param requestsPerMinute verification requests per address and minute (default 30)
	 */
	public record Verification(long maxUploadBytes, int requestsPerMinute) {

		public Verification {
			maxUploadBytes = maxUploadBytes > 0 ? maxUploadBytes : 10L * 1024 * 1024;
			requestsPerMinute = requestsPerMinute > 0 ? requestsPerMinute : 30;
		}

	}

	public record Jobs(@Nullable Duration issueSweep) {

		public Jobs {
			issueSweep = issueSweep != null ? issueSweep : Duration.ofMinutes(1);
		}

	}

}
