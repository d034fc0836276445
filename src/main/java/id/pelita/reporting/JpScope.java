package id.pelita.reporting;

import java.util.Set;

import id.pelita.agency.AgencyService;
import id.pelita.reporting.internal.ExternalEntryStore;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;

import org.springframework.stereotype.Component;

/**
 * Whose JP a user may see and change: an administrator everyone's, a coordinator the employees whose agency is
 * theirs or one of its units, everyone their own (read only). The employee's agency is one column of one row, not
 * their roster record.
 */
@Component
class JpScope {

	private final ExternalEntryStore store;

	private final AgencyService agencies;

	JpScope(ExternalEntryStore store, AgencyService agencies) {
		this.store = store;
		this.agencies = agencies;
	}

	/** Refuses with {@link OutsideScopeException} unless the user may act for the employee's JP. */
	void check(PelitaUser actor, long accountId) {
		if (!actor.hasRole(Role.ADMIN) && !coordinates(actor, accountId)) {
			throw new OutsideScopeException("employee.error.notInRoster");
		}
	}

	/** Whether the user may read the employee's JP and evidence: themselves, their coordinator, an administrator. */
	boolean mayRead(PelitaUser actor, long accountId) {
		return actor.accountId() == accountId || actor.hasRole(Role.ADMIN) || coordinates(actor, accountId);
	}

	/** The coordinator's agency and its units; empty for anyone else. */
	Set<Long> agencies(PelitaUser actor) {
		return this.agencies.coordinatedBy(actor);
	}

	private boolean coordinates(PelitaUser actor, long accountId) {
		Set<Long> coordinated = agencies(actor);
		return !coordinated.isEmpty() && this.store.agencyOf(accountId).map(coordinated::contains).orElse(false);
	}

}
