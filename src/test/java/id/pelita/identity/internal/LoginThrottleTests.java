package id.pelita.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private static final Duration WINDOW = Duration.ofMinutes(15);

	private static final Duration LOCK = Duration.ofMinutes(15);

	private static final Duration FIRST_DELAY = Duration.ofSeconds(5);

	private final Instant start = Instant.parse("2026-11-22T01:00:00Z");

	@Test
	void waitsLongerAfterEachFailureThenLocks() {
		LoginThrottle throttle = throttle();
		fail(throttle, start, 2);
		assertThat(throttle.waitAt(start)).isNull();
		fail(throttle, start, 1);
		assertThat(throttle.waitAt(start)).isEqualTo(new LoginThrottle.Wait(Duration.ofSeconds(5), false));
		fail(throttle, start.plusSeconds(5), 1);
		assertThat(throttle.waitAt(start.plusSeconds(5))).isEqualTo(new LoginThrottle.Wait(Duration.ofSeconds(10), false));
		fail(throttle, start.plusSeconds(15), 1);
		assertThat(throttle.waitAt(start.plusSeconds(15))).isEqualTo(new LoginThrottle.Wait(Duration.ofSeconds(20), false));
		fail(throttle, start.plusSeconds(35), 1);
		assertThat(throttle.waitAt(start.plusSeconds(35))).isEqualTo(new LoginThrottle.Wait(LOCK, true));
		assertThat(throttle.waitAt(start.plusSeconds(35).plus(LOCK))).isNull();
	}

	@Test
	void forgetsFailuresAfterTheWindow() {
		LoginThrottle throttle = throttle();
		fail(throttle, start, 2);
		fail(throttle, start.plus(WINDOW).plusSeconds(1), 1);
		assertThat(throttle.waitAt(start.plus(WINDOW).plusSeconds(1))).isNull();
	}

	private LoginThrottle throttle() {
		LoginThrottle throttle = new LoginThrottle();
		org.springframework.test.util.ReflectionTestUtils.setField(throttle, "windowStartedAt", this.start);
		return throttle;
	}

	private static void fail(LoginThrottle throttle, Instant at, int times) {
		for (int i = 0; i < times; i++) {
			throttle.recordFailure(at, 3, 6, WINDOW, LOCK, FIRST_DELAY);
		}
	}

}
