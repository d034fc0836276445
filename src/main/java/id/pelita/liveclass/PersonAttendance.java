package id.pelita.liveclass;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One person's attendance of one session: the union of their intervals from every source, clipped to the
 * scheduled session, so that two devices or two sources at the same time count once and reconnects add up.
 *
 * @param attended the time present within the scheduled session
 * @param scheduled the session's scheduled length
 * @param firstJoin the earliest join of any interval (not clipped), {@code null} when never seen
 * @param lastLeave the latest leave (for an interval still open: its last heartbeat), {@code null} when never seen
 * @param sources where the intervals came from
 */
public record PersonAttendance(Duration attended, Duration scheduled, @Nullable Instant firstJoin,
		@Nullable Instant lastLeave, Set<AttendanceSource> sources) {

	public PersonAttendance {
		sources = sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
	}

	/** Nobody saw the person in the session. */
	public static PersonAttendance absent(Duration scheduled) {
		return new PersonAttendance(Duration.ZERO, scheduled, null, null, Set.of());
	}

	/** Whole minutes attended, rounded down. */
	public long minutes() {
		return this.attended.toMinutes();
	}

	public long scheduledMinutes() {
		return this.scheduled.toMinutes();
	}

	/**
	 * The share of the session attended, 0 to 100 with one decimal, rounded down (79.96 % is 79.9 %, never 80 %,
	 * so that a threshold is never met by rounding).
	 */
	public double percent() {
		return percent(this.attended, this.scheduled);
	}

	/** Whether any interval of the person exists, even one outside the scheduled time. */
	public boolean seen() {
		return this.firstJoin != null;
	}

	/** {@code part} of {@code whole} in percent, one decimal, rounded down; 0 for an empty whole. */
	public static double percent(Duration part, Duration whole) {
		if (whole.isZero() || whole.isNegative()) {
			return 0;
		}
		long tenths = Math.min(1000, part.toMillis() * 1000 / whole.toMillis());
		return tenths / 10.0;
	}

	/** Sources in their declared order, for display. */
	public List<AttendanceSource> sourcesInOrder() {
		return this.sources.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(this.sources));
	}

}
