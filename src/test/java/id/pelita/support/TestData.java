package id.pelita.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique names and valid NIPs for tests that share a database with other tests. */
public final class TestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private TestData() {
	}

	/** A user name no other test uses. */
	public static String username(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
	}

	/** A valid NIP, different on every call (birth 1970-1999, appointed at 25, random serial). */
	public static String nip() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate birth = LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
		LocalDate appointed = birth.plusYears(25);
		return "%04d%02d%02d%04d%02d%d%03d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
				appointed.getYear(), appointed.getMonthValue(), 1 + random.nextInt(2),
				SEQUENCE.incrementAndGet() % 1000);
	}

}
