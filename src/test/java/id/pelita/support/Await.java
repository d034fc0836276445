package id.pelita.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
	 * so far: no publication in the registry is still waiting or in progress (failed ones do not count). Inside a
	 * transaction of the test there is nothing to wait for: its events reach the listeners only after it commits.
	 * <p>
	 * The PostgreSQL tests share one database, and the test context cache pauses contexts not in use (their task
	 * executors stop); {@link EventsDrained} lets each test class's events be handled before that happens.
	 */
	public static void eventsHandled(JdbcTemplate jdbc) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return;
		}
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
