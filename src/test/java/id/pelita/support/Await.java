package id.pelita.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits for something another thread (a Quartz trigger, a delivery run) brings about: looks every 50 ms and fails
 * the test when the deadline passes first.
 */
public final class Await {

	private static final long STEP = Duration.ofMillis(50).toNanos();

	private Await() {
	}

	/**
	 * Waits until the after-commit listeners ({@code @ApplicationModuleListener}) have handled every event published
	 * so far: no publication in the registry is still waiting or in progress (failed ones do not count).
	 */
	public static void eventsHandled(JdbcTemplate jdbc) {
		until("the listeners have handled the events", Duration.ofSeconds(30),
				() -> jdbc.queryForObject("select count(*) from event_publication where status in "
						+ "('PUBLISHED', 'PROCESSING', 'RESUBMITTED')", Integer.class) == 0);
	}

	public static void until(String what, Duration within, BooleanSupplier condition) {
		long deadline = System.nanoTime() + within.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within " + within.toSeconds() + " s: " + what);
			}
			LockSupport.parkNanos(STEP);
		}
	}

}
