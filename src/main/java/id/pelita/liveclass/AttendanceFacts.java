package id.pelita.liveclass;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.liveclass.internal.AttendanceLedger.Interval;
import id.pelita.liveclass.internal.AttendanceMath;
import id.pelita.liveclass.internal.SessionRecord;
import id.pelita.liveclass.internal.SessionRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's attendance of a run as facts for other modules (the learning path's completion rule): per person, per
 * session that was not cancelled, and overall, computed as {@link AttendanceService} does. It returns facts, not
 * rights: the caller decides who may see what.
 */
@Service
public class AttendanceFacts {

	private final SessionRepository sessions;

	private final AttendanceLedger ledger;

	AttendanceFacts(SessionRepository sessions, AttendanceLedger ledger) {
		this.sessions = sessions;
		this.ledger = ledger;
	}

	/** One person's attendance of the run. */
	@Transactional(readOnly = true)
	public PersonRunAttendance ofPerson(long runId, long accountId) {
		return ofPeople(runId, List.of(accountId)).get(accountId);
	}

	/** The attendance of each of these people in the run (every one of them has an entry), in two queries. */
	@Transactional(readOnly = true)
	public Map<Long, PersonRunAttendance> ofPeople(long runId, Collection<Long> accountIds) {
		List<SessionRecord> counted = this.sessions.findByRunIdOrderByStartsAt(runId)
			.stream()
			.filter(session -> session.getStatus() != SessionStatus.CANCELLED)
			.toList();
		Duration scheduled = counted.stream()
			.map(session -> Duration.ofMinutes(session.getDurationMinutes()))
			.reduce(Duration.ZERO, Duration::plus);
		Map<Long, Map<Long, List<Interval>>> byPerson = new HashMap<>();
		if (!counted.isEmpty()) {
			List<Interval> intervals = accountIds.size() == 1
					? this.ledger.ofPersonInRun(runId, accountIds.iterator().next()) : this.ledger.ofRun(runId);
			for (Interval interval : intervals) {
				byPerson.computeIfAbsent(interval.accountId(), id -> new HashMap<>())
					.computeIfAbsent(interval.sessionId(), id -> new ArrayList<>())
					.add(interval);
			}
		}
		Map<Long, PersonRunAttendance> result = new LinkedHashMap<>();
		for (long accountId : accountIds) {
			Map<Long, List<Interval>> mine = byPerson.getOrDefault(accountId, Map.of());
			Map<Long, PersonAttendance> bySession = new LinkedHashMap<>();
			Duration attended = Duration.ZERO;
			for (SessionRecord session : counted) {
				PersonAttendance attendance = AttendanceMath.summarise(mine.getOrDefault(session.getId(), List.of()),
						session.getStartsAt(), session.endsAt());
				bySession.put(session.getId(), attendance);
				attended = attended.plus(attendance.attended());
			}
			result.put(accountId, new PersonRunAttendance(bySession, attended, scheduled));
		}
		return result;
	}

}
