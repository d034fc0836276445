package id.pelita.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for something another thread (a Quartz trigger, a delivery run) brings about: looks every 50 ms and fails
 * the test when the deadline passes first.
 */
public final class Await {

	private static final long STEP = Duration.ofMillis(50).toNanos();

	private Await() {
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
