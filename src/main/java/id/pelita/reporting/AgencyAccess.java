package id.pelita.reporting;

import java.util.List;
import java.util.Set;

import id.pelita.agency.AgencyService;
import id.pelita.agency.AgencySummary;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which agencies the signed-in user may read reports of: an administrator every agency, a coordinator (also one
 * signed in with an agency's API token) their agency and the units below it.
 */
@Component
class AgencyAccess {

	private final AgencyService agencies;

	AgencyAccess(AgencyService agencies) {
		this.agencies = agencies;
	}

	/** The agency and its sub-units, when the user may read them; {@link AccessDeniedException} otherwise. */
	Set<Long> tree(long agencyId) {
		PelitaUser user = CurrentUser.require();
		if (user.hasRole(Role.ADMIN)) {
			return this.agencies.subtreeOf(agencyId);
		}
		Long own = user.hasRole(Role.AGENCY_COORDINATOR) ? user.agencyId() : null;
		Set<Long> ownTree = own == null ? Set.of() : this.agencies.subtreeOf(own);
		if (!ownTree.contains(agencyId)) {
			throw new AccessDeniedException("Not this agency's coordinator or an administrator");
		}
		// the coordinator's own agency is read once; a unit below it needs its own subtree
		return own != null && agencyId == own ? ownTree : this.agencies.subtreeOf(agencyId);
	}

	/** The agency the user's reports open with: a coordinator's own, for an administrator the first top agency. */
	long home() {
		PelitaUser user = CurrentUser.require();
		if (user.hasRole(Role.AGENCY_COORDINATOR) && user.agencyId() != null) {
			return user.agencyId();
		}
		if (!user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Not a coordinator or an administrator");
		}
		return this.agencies.tree()
			.stream()
			.filter(agency -> agency.parentId() == null)
			.findFirst()
			.orElseThrow(() -> new UserFacingException("agencyDashboard.error.noAgency"))
			.id();
	}

	/** The agencies the user may choose, in code order: every agency for an administrator, else the own subtree. */
	List<AgencySummary> choices() {
		PelitaUser user = CurrentUser.require();
		if (user.hasRole(Role.ADMIN)) {
			return this.agencies.tree();
		}
		Set<Long> tree = tree(home());
		return this.agencies.tree().stream().filter(agency -> tree.contains(agency.id())).toList();
	}

	AgencySummary agency(long agencyId) {
		tree(agencyId);
		return this.agencies.findAgency(agencyId)
			.orElseThrow(() -> new UserFacingException("agencyDashboard.error.noAgency"));
	}

	Set<Long> subtreeOf(long agencyId) {
		return this.agencies.subtreeOf(agencyId);
	}

}
