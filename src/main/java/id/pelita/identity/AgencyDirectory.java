package id.pelita.identity;

import java.util.List;
import java.util.Optional;

/**
 * What identity needs to know of agencies: their names, for forms and lists. The agency module implements it, so
 * identity does not depend on agency.
 */
public interface AgencyDirectory {

	List<AgencyRef> all();

	Optional<AgencyRef> find(long agencyId);

	/** An agency as other modules show it: its id, code and name. */
	record AgencyRef(long id, String code, String name) {
	}

}
