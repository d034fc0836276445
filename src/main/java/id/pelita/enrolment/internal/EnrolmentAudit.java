package id.pelita.enrolment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.NominationStatus;
import id.pelita.enrolment.internal.NominationStore.Line;
import id.pelita.identity.PersonRef;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.audit.AuditQuery;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Who changed whose enrolment by hand, when and why (organisers' additions and removals, coordinators' approvals,
 * rejections and nominations), as entries of the one audit log written in the transaction of the change: object
 * the run, subject the person and their agency, the status before and after, the enrolment and the reason.
 */
@Component
public class EnrolmentAudit {

	/** The most entries of one run the participants page reads back. */
	static final int MAX_READ = 10_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditLog log;

	private final AuditTrail trail;

	EnrolmentAudit(AuditLog log, AuditTrail trail) {
		this.log = log;
		this.trail = trail;
	}

	/** A change by the signed-in staff member: {@code before} the status the enrolment had (none: new). */
	public void record(Enrolment enrolment, Action action, @Nullable EnrolmentStatus before, @Nullable String reason) {
		this.log.record(entry(enrolment.id(), enrolment.runId(), enrolment.accountId(), enrolment.agencyId(),
				action.audited, before, enrolment.status(), reason));
	}

	/** The enrolments a nomination made, one entry per nominee ({@code persons}: the nominees found, by account id). */
	public void nominated(long nominationId, long runId, List<Line> lines, Map<Long, PersonRef> persons) {
		List<AuditEntry> entries = new ArrayList<>();
		for (Line line : lines) {
			if (line.enrolmentId() != null && line.accountId() != null && line.status() != NominationStatus.REFUSED) {
				PersonRef person = persons.get(line.accountId());
				AuditEntry entry = entry(line.enrolmentId(), runId, line.accountId(),
						person == null ? null : person.agencyId(), AuditAction.ENROLMENT_NOMINATED, null,
						EnrolmentStatus.valueOf(line.status().name()), null);
				Map<String, @Nullable Object> facts = new LinkedHashMap<>(entry.after());
				facts.put("nominationId", nominationId);
				entries.add(entry.facts(facts));
			}
		}
		this.log.recordAll(entries);
	}

	/** The hand-made changes of a run (nominations not included), oldest first. */
	public List<Entry> ofRun(long runId) {
		List<Entry> entries = new ArrayList<>();
		this.trail.forEach(new AuditQuery(null, null, AuditObject.RUN, Long.toString(runId), null, null, null),
				MAX_READ, found -> {
					Action action = Action.of(found.action());
					if (action != null && found.subjectAccountId() != null) {
						entries.add(entry(found, action, found.subjectAccountId()));
					}
				});
		Collections.reverse(entries);
		return entries;
	}

	private static AuditEntry entry(long enrolmentId, long runId, long accountId, @Nullable Long agencyId,
			AuditAction action, @Nullable EnrolmentStatus before, EnrolmentStatus after, @Nullable String reason) {
		Map<String, @Nullable Object> from = new LinkedHashMap<>();
		if (before != null) {
			from.put("status", before.name());
		}
		Map<String, @Nullable Object> to = new LinkedHashMap<>();
		to.put("enrolmentId", enrolmentId);
		to.put("status", after.name());
		if (reason != null) {
			to.put("reason", reason);
		}
		return AuditEntry.of(action, AuditObject.RUN, runId).about(accountId, agencyId).changes(from, to);
	}

	private static Entry entry(AuditRecord found, Action action, long accountId) {
		JsonNode after = found.afterJson() == null ? JSON.createObjectNode() : JSON.readTree(found.afterJson());
		JsonNode reason = after.get("reason");
		JsonNode enrolment = after.get("enrolmentId");
		return new Entry(enrolment == null ? 0 : enrolment.asLong(), accountId, action, found.actorAccountId(),
				found.actorName() == null ? found.actorUsername() : found.actorName(),
				reason == null || reason.isNull() ? null : reason.asString(), found.occurredAt());
	}

	/** What was done by hand. */
	public enum Action {

		ADDED(AuditAction.ENROLMENT_ADDED), REMOVED(AuditAction.ENROLMENT_REMOVED),
		APPROVED(AuditAction.ENROLMENT_APPROVED), REJECTED(AuditAction.ENROLMENT_REJECTED);

		private final AuditAction audited;

		Action(AuditAction audited) {
			this.audited = audited;
		}

		static @Nullable Action of(String action) {
			for (Action candidate : values()) {
				if (candidate.audited.name().equals(action)) {
					return candidate;
				}
			}
			return null;
		}

	}

	/** One hand-made change as read back: the actor's name as it was recorded. */
	public record Entry(long enrolmentId, long accountId, Action action, @Nullable Long actorAccountId,
			String actorName, @Nullable String reason, Instant at) {
	}

}
