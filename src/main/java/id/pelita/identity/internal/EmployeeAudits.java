package id.pelita.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pelita.identity.AccountStatus;
import id.pelita.identity.internal.EmployeeRows.NewRow;
import id.pelita.identity.internal.EmployeeRows.Stored;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The audit entries of roster employees (created, changed with the fields before and after, e-mail included,
 * switched off or on), written in the transaction of the change, one batch for a whole import.
 */
@Component
public class EmployeeAudits {

	private final AuditLog log;

	EmployeeAudits(AuditLog log) {
		this.log = log;
	}

	/** New employees ({@code ids}: account id by NIP). */
	public void created(List<NewRow> rows, Map<String, Long> ids) {
		List<AuditEntry> entries = new ArrayList<>(rows.size());
		for (NewRow row : rows) {
			long id = java.util.Objects.requireNonNull(ids.get(row.nip()), row.nip());
			Map<String, @Nullable Object> facts = new LinkedHashMap<>();
			facts.put("username", row.username());
			facts.put("nip", row.nip());
			facts.put("fullName", row.fullName());
			facts.put("rankGrade", row.rankGrade());
			facts.put("position", row.position());
			facts.put("agencyId", row.agencyId());
			facts.put("email", row.email());
			facts.put("phone", row.phone());
			entries.add(entry(AuditAction.EMPLOYEE_CREATED, id, row.agencyId()).changes(Map.of(), facts));
		}
		this.log.recordAll(entries);
	}

	/** Changed employees: each update against its state before ({@code before}, found by id). */
	public void changed(Collection<Stored> before, List<Stored> updates) {
		Map<Long, Stored> previous = new HashMap<>();
		before.forEach(stored -> previous.put(stored.id(), stored));
		List<AuditEntry> entries = new ArrayList<>(updates.size());
		for (Stored updated : updates) {
			Stored old = previous.get(updated.id());
			AuditEntry entry = entry(AuditAction.EMPLOYEE_CHANGED, updated.id(), updated.agencyId())
				.changes(old == null ? Map.of() : facts(old), facts(updated));
			if (!entry.unchanged()) {
				entries.add(entry);
			}
		}
		this.log.recordAll(entries);
	}

	/** An employee's account switched off or on; nothing when the status stays. */
	public void statusChanged(Stored employee, AccountStatus status) {
		if (employee.status() == status) {
			return;
		}
		AuditAction action = status == AccountStatus.DISABLED ? AuditAction.EMPLOYEE_DISABLED
				: AuditAction.EMPLOYEE_ENABLED;
		this.log.record(entry(action, employee.id(), employee.agencyId())
			.changes(Map.of("status", employee.status().name()), Map.of("status", status.name())));
	}

	private static AuditEntry entry(AuditAction action, long accountId, @Nullable Long agencyId) {
		return AuditEntry.of(action, AuditObject.EMPLOYEE, accountId).about(accountId, agencyId);
	}

	private static Map<String, @Nullable Object> facts(Stored stored) {
		Map<String, @Nullable Object> facts = new LinkedHashMap<>();
		facts.put("nip", stored.nip());
		facts.put("fullName", stored.fullName());
		facts.put("rankGrade", stored.rankGrade());
		facts.put("position", stored.position());
		facts.put("agencyId", stored.agencyId());
		facts.put("email", stored.email());
		facts.put("phone", stored.phone());
		return facts;
	}

}
