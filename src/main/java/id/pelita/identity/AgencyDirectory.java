package id.pelita.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What identity needs to know of agencies: their names, for forms and lists. The agency module implements it, so
 * identity does not depend on agency.
 */
public interface AgencyDirectory {

	List<AgencyRef> all();

	Optional<AgencyRef> find(long agencyId);

	/** The agency and every unit below it: what a coordinator of that agency may see and change. */
	Set<Long> subtreeOf(long agencyId);

	/** An agency as other modules show it: its id, code and name. */
	record AgencyRef(long id, String code, String name) {
	}

}
