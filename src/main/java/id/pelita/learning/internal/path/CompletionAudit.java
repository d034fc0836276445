package id.pelita.learning.internal.path;

import java.util.LinkedHashMap;
import java.util.Map;

import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Completions marked and revoked by hand, as entries of the one audit log in the transaction of the change: object
 * the run, subject the participant and their agency, the completion's status before and after and the reason.
 */
@Component
public class CompletionAudit {

	private final AuditLog log;

	private final PersonDirectory people;

	CompletionAudit(AuditLog log, PersonDirectory people) {
		this.log = log;
		this.people = people;
	}

	/** Marked complete by the signed-in organiser; {@code reinstated} when a revoked completion came back. */
	public void marked(long runId, long accountId, boolean reinstated, String reason) {
		record(AuditAction.COMPLETION_MARKED, runId, accountId, reinstated ? "REVOKED" : null, "COMPLETED", reason);
	}

	/** Completed by the run's completion rule (the actor is whoever's act met it: the participant, a job). */
	public void completedByRule(long runId, long accountId) {
		record(AuditAction.COMPLETION_MARKED, runId, accountId, null, "COMPLETED", null);
	}

	/** A completion revoked by the signed-in organiser. */
	public void revoked(long runId, long accountId, String reason) {
		record(AuditAction.COMPLETION_REVOKED, runId, accountId, "COMPLETED", "REVOKED", reason);
	}

	private void record(AuditAction action, long runId, long accountId, @Nullable String before, String after,
			@Nullable String reason) {
		Map<String, @Nullable Object> from = new LinkedHashMap<>();
		if (before != null) {
			from.put("completion", before);
		}
		Map<String, @Nullable Object> to = new LinkedHashMap<>();
		to.put("completion", after);
		if (reason == null) {
			to.put("byRule", true);
		}
		else {
			to.put("reason", reason);
		}
		Long agencyId = this.people.find(accountId).map(PersonRef::agencyId).orElse(null);
		this.log.record(AuditEntry.of(action, AuditObject.RUN, runId).about(accountId, agencyId).changes(from, to));
	}

}
