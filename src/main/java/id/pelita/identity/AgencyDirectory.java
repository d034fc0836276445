package id.pelita.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;

/**
 * What identity needs to know of agencies: their names, for forms and lists. The agency module implements it, so
 * identity does not depend on agency.
 */
public interface AgencyDirectory {

	List<AgencyRef> all();

	Optional<AgencyRef> find(long agencyId);

	/** The agency and every unit below it: what a coordinator of that agency may see and change. */
	Set<Long> subtreeOf(long agencyId);

	/**
	 * The agencies the user coordinates: their agency and every unit below it. Empty for anyone who is not an
	 * agency coordinator with an agency, so a check against it refuses them; every module asks this one question
	 * rather than checking the role and the agency itself.
	 */
	default Set<Long> coordinatedBy(PelitaUser user) {
		Long agencyId = user.agencyId();
		return user.hasRole(Role.AGENCY_COORDINATOR) && agencyId != null ? subtreeOf(agencyId) : Set.of();
	}

	/** An agency as other modules show it: its id, code and name. */
	record AgencyRef(long id, String code, String name) {
	}

}
