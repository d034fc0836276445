package id.pelita.liveclass.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.liveclass.SessionStatus;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Live sessions scheduled, moved (start and duration before and after) and cancelled, and attendance corrected by
 * hand (the person's attended minutes before and after, the interval and the reason), as entries of the one audit
 * log in the transaction of the change; object the session, times as UTC instants.
 */
@Component
public class LiveClassAudit {

	private final AuditLog log;

	private final PersonDirectory people;

	LiveClassAudit(AuditLog log, PersonDirectory people) {
		this.log = log;
		this.people = people;
	}

	public void scheduled(SessionRecord session) {
		Map<String, @Nullable Object> after = new LinkedHashMap<>();
		after.put("runId", session.getRunId());
		after.put("title", session.getTitle());
		after.putAll(times(session.getStartsAt(), session.getDurationMinutes()));
		after.put("provider", session.getProvider());
		this.log.record(entry(AuditAction.SESSION_SCHEDULED, session).changes(Map.of(), after));
	}

	public void moved(SessionRecord session, Instant previousStart, int previousDuration) {
		Map<String, @Nullable Object> after = new LinkedHashMap<>(
				times(session.getStartsAt(), session.getDurationMinutes()));
		after.put("sequence", session.getSequence());
		this.log.record(entry(AuditAction.SESSION_MOVED, session)
			.changes(times(previousStart, previousDuration), after));
	}

	public void cancelled(SessionRecord session, SessionStatus previous, @Nullable String reason) {
		Map<String, @Nullable Object> after = new LinkedHashMap<>();
		after.put("status", session.getStatus().name());
		after.put("reason", reason);
		this.log.record(entry(AuditAction.SESSION_CANCELLED, session)
			.changes(Map.of("status", previous.name()), after));
	}

	/** A manual interval of attendance: the person's attended minutes before and after it. */
	public void attendanceCorrected(SessionRecord session, long accountId, long minutesBefore, long minutesAfter,
			Instant from, Instant to, String reason) {
		Map<String, @Nullable Object> after = new LinkedHashMap<>();
		after.put("attendedMinutes", minutesAfter);
		after.put("from", from.toString());
		after.put("to", to.toString());
		after.put("reason", reason);
		Long agencyId = this.people.find(accountId).map(PersonRef::agencyId).orElse(null);
		this.log.record(entry(AuditAction.ATTENDANCE_CORRECTED, session).about(accountId, agencyId)
			.changes(Map.of("attendedMinutes", minutesBefore), after));
	}

	private static AuditEntry entry(AuditAction action, SessionRecord session) {
		return AuditEntry.of(action, AuditObject.LIVE_SESSION, session.getId());
	}

	private static Map<String, @Nullable Object> times(Instant start, int durationMinutes) {
		Map<String, @Nullable Object> times = new LinkedHashMap<>();
		times.put("startsAt", start.toString());
		times.put("durationMinutes", durationMinutes);
		return times;
	}

}
