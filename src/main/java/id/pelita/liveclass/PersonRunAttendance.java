package id.pelita.liveclass;

import java.time.Duration;
import java.util.Map;

/**
 * One person's attendance across a run's sessions that were not cancelled.
 *
 * @param bySession the person's attendance per counted session id (every counted session)
 * @param attended minutes within all those sessions together
 * @param scheduled the run's scheduled total of those sessions
 */
public record PersonRunAttendance(Map<Long, PersonAttendance> bySession, Duration attended, Duration scheduled) {

	public PersonRunAttendance {
		bySession = Map.copyOf(bySession);
	}

	/** Attended over scheduled, one decimal, rounded down (see {@link PersonAttendance#percent(Duration, Duration)}). */
	public double overallPercent() {
		return PersonAttendance.percent(this.attended, this.scheduled);
	}

	/** Whether the run has any session that counts. */
	public boolean hasSessions() {
		return !this.bySession.isEmpty();
	}

	/** The person's attendance of one session; absent for a cancelled or unknown session. */
	public PersonAttendance in(long sessionId) {
		PersonAttendance attendance = this.bySession.get(sessionId);
		return attendance == null ? PersonAttendance.absent(Duration.ZERO) : attendance;
	}

}
