package id.pelita.reporting;

import java.util.Set;

import id.pelita.agency.AgencyService;
import id.pelita.reporting.internal.ComplianceStore;
import id.pelita.shared.JamPelajaran;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's JP compliance for a year, the agency with its sub-units, employees counted in their current agency.
 * Administrators may read any agency; a coordinator only their own agency and the units below it.
 */
@Service
public class ComplianceService {

	private final ComplianceStore store;

	private final AgencyService agencies;

	ComplianceService(ComplianceStore store, AgencyService agencies) {
		this.store = store;
		this.agencies = agencies;
	}

	@Transactional(readOnly = true)
	public ComplianceSummary summary(long agencyId, int year) {
		PelitaUser user = CurrentUser.require();
		boolean allowed = user.hasRole(Role.ADMIN) || (user.hasRole(Role.AGENCY_COORDINATOR)
				&& user.agencyId() != null && this.agencies.subtreeOf(user.agencyId()).contains(agencyId));
		if (!allowed) {
			throw new AccessDeniedException("Not this agency's coordinator or an administrator");
		}
		Set<Long> tree = this.agencies.subtreeOf(agencyId);
		return this.store.summary(agencyId, year, tree, JamPelajaran.ANNUAL_TARGET.hours());
	}

}
