package id.pelita.certificate.web;

import java.time.Duration;

import java.util.concurrent.ConcurrentHashMap;

import id.pelita.certificate.CertificateSettings;
import id.pelita.shared.UserFacingException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Verification requests per client address (Bucket4j): {@code pelita.certificate.verification.requests-per-minute}
 * a minute, refilled gradually. Buckets live per node (forgotten all at once past 100,000 addresses); behind a
 * load balancer each node allows that many, which is enough to stop guessing codes (75 random bits).
 */
@Component
public class VerificationRateLimit {

	private final int perMinute;

	private static final int MAX_ADDRESSES = 100_000;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	VerificationRateLimit(CertificateSettings settings) {
		this.perMinute = settings.verification().requestsPerMinute();
	}

	/** Counts one request from the address; a {@link UserFacingException} once the limit is used up. */
	public void check(String address) {
		if (this.buckets.size() > MAX_ADDRESSES) {
			this.buckets.clear();
		}
		Bucket bucket = this.buckets.computeIfAbsent(address, key -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(this.perMinute).refillGreedy(this.perMinute, Duration.ofMinutes(1)).build())
			.build());
		if (!bucket.tryConsume(1)) {
			throw new UserFacingException("certificate.verify.error.rateLimited");
		}
	}

}
