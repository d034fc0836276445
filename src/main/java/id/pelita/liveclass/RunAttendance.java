package id.pelita.liveclass;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A run's attendance matrix: a row per person, a column per session that was not cancelled.
 *
 * @param sessions the run's sessions that count (not cancelled), in time order
 * @param scheduled their total scheduled length
 */
public record RunAttendance(long runId, String runName, String courseTitle, List<LiveSession> sessions,
		Duration scheduled, List<Row> rows) {

	public RunAttendance {
		sessions = List.copyOf(sessions);
		rows = List.copyOf(rows);
	}

	/**
	 * The run's overall attendance: minutes attended by its confirmed participants over the minutes they were
	 * scheduled for (each confirmed participant counts every session that was not cancelled).
	 */
	public double overallPercent() {
		List<Row> confirmed = this.rows.stream().filter(Row::confirmed).toList();
		Duration attended = confirmed.stream().map(Row::attended).reduce(Duration.ZERO, Duration::plus);
		return PersonAttendance.percent(attended, this.scheduled.multipliedBy(confirmed.size()));
	}

	/**
	 * One person across the run.
	 *
	 * @param bySession the person's attendance per session id (every session of {@link #sessions()})
	 * @param attended the person's minutes within all those sessions together
	 * @param overallPercent attended over the run's scheduled total
	 */
	public record Row(long accountId, String fullName, @Nullable String nip, @Nullable String agencyName,
			boolean confirmed, Map<Long, PersonAttendance> bySession, Duration attended, double overallPercent) {

		public Row {
			bySession = Map.copyOf(bySession);
		}

		public PersonAttendance in(long sessionId) {
			PersonAttendance attendance = this.bySession.get(sessionId);
			return attendance == null ? PersonAttendance.absent(Duration.ZERO) : attendance;
		}

	}

}
