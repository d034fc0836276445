package id.pelita.liveclass.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import id.pelita.liveclass.AttendanceSource;
import id.pelita.liveclass.PersonAttendance;
import id.pelita.liveclass.internal.AttendanceLedger.Interval;
import org.jspecify.annotations.Nullable;

/**
 * The attendance of one person in one session from their stored intervals:
 * <ul>
 * <li>each interval is clipped to the scheduled [start, end]; what lies entirely outside counts nothing;</li>
 * <li>the clipped intervals are merged, so overlaps (two devices, Jitsi and a manual correction, a webhook and the
 * report) count once, and touching intervals join up;</li>
 * <li>reconnects are separate intervals and add up;</li>
 * <li>an interval whose leave lies before its join (clocks of two systems that disagree) counts nothing;</li>
 * <li>an interval still open counts up to its last heartbeat (its stored leave), never up to "now".</li>
 * </ul>
 * First join and last leave are the raw times of all intervals, so an organiser sees who came early or stayed on.
 */
public final class AttendanceMath {

	private AttendanceMath() {
	}

	public static PersonAttendance summarise(Collection<Interval> intervals, Instant start, Instant end) {
		Duration scheduled = end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
		if (intervals.isEmpty()) {
			return PersonAttendance.absent(scheduled);
		}
		EnumSet<AttendanceSource> sources = EnumSet.noneOf(AttendanceSource.class);
		Instant firstJoin = null;
		Instant lastLeave = null;
		List<Instant[]> inside = new ArrayList<>();
		for (Interval interval : intervals) {
			sources.add(interval.source());
			Instant from = interval.joinedAt();
			Instant to = interval.leftAt().isBefore(from) ? from : interval.leftAt();
			firstJoin = earlier(firstJoin, from);
			lastLeave = later(lastLeave, to);
			Instant clippedFrom = from.isBefore(start) ? start : from;
			Instant clippedTo = to.isAfter(end) ? end : to;
			if (clippedFrom.isBefore(clippedTo)) {
				inside.add(new Instant[] { clippedFrom, clippedTo });
			}
		}
		return new PersonAttendance(union(inside), scheduled, firstJoin, lastLeave, sources);
	}

	/** The total length covered by the intervals, each point counted once. */
	static Duration union(List<Instant[]> intervals) {
		intervals.sort(Comparator.comparing((Instant[] interval) -> interval[0]));
		Duration total = Duration.ZERO;
		Instant from = null;
		Instant to = null;
		for (Instant[] interval : intervals) {
			if (to == null || interval[0].isAfter(to)) {
				if (to != null) {
					total = total.plus(Duration.between(from, to));
				}
				from = interval[0];
				to = interval[1];
			}
			else if (interval[1].isAfter(to)) {
				to = interval[1];
			}
		}
		return to == null ? total : total.plus(Duration.between(from, to));
	}

	private static Instant earlier(@Nullable Instant current, Instant candidate) {
		return current == null || candidate.isBefore(current) ? candidate : current;
	}

	private static Instant later(@Nullable Instant current, Instant candidate) {
		return current == null || candidate.isAfter(current) ? candidate : current;
	}

}
