package id.pelita.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.pelita.identity.IdentitySettings;
import id.pelita.shared.security.LoginThrottledException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then locks repeated failed sign-ins, per account and per address. State lives in the database
 * (row locks), so every node of a cluster sees the same counts.
 */
@Component
class LoginAttemptGuard {

	private final LoginThrottleRepository throttles;

	private final IdentitySettings.Throttle settings;

	private final Clock clock;

	LoginAttemptGuard(LoginThrottleRepository throttles, IdentitySettings settings, Clock clock) {
		this.throttles = throttles;
		this.settings = settings.throttle();
		this.clock = clock;
	}

	/** Throws when the account or the address must still wait. */
	@Transactional(readOnly = true)
	public void check(String accountKey, String addressKey) {
		Instant now = this.clock.instant();
		LoginThrottle.Wait longest = null;
		for (String key : List.of(accountKey, addressKey)) {
			LoginThrottle.Wait wait = this.throttles.findById(key).map(t -> t.waitAt(now)).orElse(null);
			if (wait != null && (longest == null || wait.duration().compareTo(longest.duration()) > 0)) {
				longest = wait;
			}
		}
		if (longest != null) {
			throw new LoginThrottledException(longest.duration(), longest.locked());
		}
	}

	/** Counts a failure for the account and the address; whether the account is locked by it. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean recordFailure(String accountKey, String addressKey) {
		Instant now = this.clock.instant();
		boolean locked = record(accountKey, now, this.settings.accountSlowdownAfter(), this.settings.accountLockAfter());
		record(addressKey, now, this.settings.addressSlowdownAfter(), this.settings.addressLockAfter());
		return locked;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String accountKey) {
		this.throttles.deleteById(accountKey);
		this.throttles.deleteExpired(this.clock.instant().minus(this.settings.window()));
	}

	private boolean record(String key, Instant now, int slowdownAfter, int lockAfter) {
		this.throttles.ensureExists(key, now);
		LoginThrottle throttle = this.throttles.findForUpdate(key).orElseThrow();
		Duration window = this.settings.window();
		return throttle.recordFailure(now, slowdownAfter, lockAfter, window, this.settings.lockDuration(),
				this.settings.firstDelay());
	}

}
