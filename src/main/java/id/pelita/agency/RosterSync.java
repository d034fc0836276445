package id.pelita.agency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pelita.identity.EmployeeChanges;
import id.pelita.identity.EmployeeSync;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.web.InvalidFields;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster read back by an agency's HR system (the REST API's {@code GET /api/v1/employees}): one employee by
 * NIP, or every employee whose data changed since a moment, page by page. Only the agency and its units are
 * reached; an employee of another agency is not found, like an unknown NIP.
 */
@Service
public class RosterSync {

	/** The largest page. */
	public static final int MAX_PAGE_SIZE = 500;

	/**
	 * How far {@link RosterChanges#nextUpdatedSince()} reaches back before the read: a change whose transaction
	 * began before the read but committed after it carries an earlier time than the read.
	 */
	public static final Duration OVERLAP = Duration.ofMinutes(5);

	/** What a page of the employees API is recorded as in the audit log (a list of people read). */
	public static final String EMPLOYEES_API = "GET /api/v1/employees";

	private final RosterService roster;

	private final EmployeeSync sync;

	private final AuditLog audit;

	RosterSync(RosterService roster, EmployeeSync sync, AuditLog audit) {
		this.roster = roster;
		this.sync = sync;
		this.audit = audit;
	}

	/** The employee with this NIP in the agency or its units; empty for an unknown NIP and anyone else's. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public Optional<SyncedEmployee> employee(String nip) {
		RosterService.Scope scope = this.roster.scope();
		return this.sync.byNip(nip)
			.map(found -> new SyncedEmployee(RosterService.details(found.employee(), scope), found.updatedAt()));
	}

	/**
	 * The employees whose data changed at or after {@code since} (everyone without it), page {@code page} from 0,
	 * {@code size} (1 to {@link #MAX_PAGE_SIZE}) per page; {@link InvalidFields} naming each bad parameter.
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public RosterChanges changedSince(@Nullable Instant since, int page, int size) {
		List<InvalidFields.FieldProblem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new InvalidFields.FieldProblem("page", "employees.api.error.page", List.of(page)));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			problems.add(new InvalidFields.FieldProblem("size", "employees.api.error.size",
					List.of(size, MAX_PAGE_SIZE)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFields(problems);
		}
		RosterService.Scope scope = this.roster.scope();
		EmployeeChanges changes = this.sync.changedSince(since, page, size);
		Map<String, @Nullable Object> facts = new LinkedHashMap<>();
		facts.put("updatedSince", since == null ? null : since.toString());
		facts.put("page", page);
		facts.put("employees", changes.employees().size());
		this.audit.recordOnItsOwn(AuditEntry.listDownloaded(EMPLOYEES_API, CurrentUser.require().agencyId(), facts));
		return new RosterChanges(changes.employees()
			.stream()
			.map(found -> new SyncedEmployee(RosterService.details(found.employee(), scope), found.updatedAt()))
			.toList(), page, size, changes.total(), changes.asOf().minus(OVERLAP));
	}

}
