package id.pelita.reporting;

import java.util.Set;

import id.pelita.reporting.internal.ComplianceStore;
import id.pelita.shared.JamPelajaran;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's JP compliance for a year, the agency with its sub-units, employees counted in their current agency.
 * Administrators may read any agency; a coordinator only their own agency and the units below it.
 */
@Service
public class ComplianceService {

	private final ComplianceStore store;

	private final AgencyAccess access;

	ComplianceService(ComplianceStore store, AgencyAccess access) {
		this.store = store;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public ComplianceSummary summary(long agencyId, int year) {
		Set<Long> tree = this.access.tree(agencyId);
		return this.store.summary(agencyId, year, tree, JamPelajaran.ANNUAL_TARGET.hours());
	}

}
