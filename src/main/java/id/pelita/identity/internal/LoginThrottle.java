package id.pelita.identity.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Recent failed sign-ins of one account or one address, and the wait or lock they caused. */
@Entity
@Table(name = "login_throttle")
class LoginThrottle {

	@Id
	@Column(name = "throttle_key")
	private String key;

	private int failures;

	@Column(name = "window_started_at", nullable = false)
	private Instant windowStartedAt;

	@Column(name = "next_attempt_at")
	private @Nullable Instant nextAttemptAt;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	protected LoginThrottle() {
	}

	/** How long the holder of this key must still wait, and whether that is a lock; null when it may try now. */
	@Nullable Wait waitAt(Instant now) {
		if (this.lockedUntil != null && this.lockedUntil.isAfter(now)) {
			return new Wait(Duration.between(now, this.lockedUntil), true);
		}
		if (this.nextAttemptAt != null && this.nextAttemptAt.isAfter(now)) {
			return new Wait(Duration.between(now, this.nextAttemptAt), false);
		}
		return null;
	}

	/** Counts one failure; true when it locks the key. */
	boolean recordFailure(Instant now, int slowdownAfter, int lockAfter, Duration window, Duration lockDuration,
			Duration firstDelay) {
		if (this.windowStartedAt.plus(window).isBefore(now)) {
			this.failures = 0;
			this.windowStartedAt = now;
		}
		this.failures++;
		if (this.failures >= lockAfter) {
			this.lockedUntil = now.plus(lockDuration);
			this.nextAttemptAt = null;
			this.failures = 0;
			this.windowStartedAt = this.lockedUntil;
			return true;
		}
		if (this.failures >= slowdownAfter) {
			int doublings = Math.min(10, this.failures - slowdownAfter);
			this.nextAttemptAt = now.plus(firstDelay.multipliedBy(1L << doublings));
		}
		return false;
	}

	record Wait(Duration duration, boolean locked) {
	}

}
