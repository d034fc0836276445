package id.pelita.enrolment.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.agency.AgencyService;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.Role;

import org.springframework.stereotype.Component;

/** The people and agencies enrolment lists show, looked up in bulk; and the signed-in coordinator's agencies. */
@Component
public class EnrolmentPeople {

	private final PersonDirectory people;

	private final AgencyService agencies;

	EnrolmentPeople(PersonDirectory people, AgencyService agencies) {
		this.people = people;
		this.agencies = agencies;
	}

	public Map<Long, PersonRef> persons(Collection<Long> accountIds) {
		return this.people.findAll(new HashSet<>(accountIds))
			.stream()
			.collect(Collectors.toMap(PersonRef::accountId, Function.identity()));
	}

	public Map<Long, String> agencyNames() {
		return this.agencies.all().stream().collect(Collectors.toMap(AgencyRef::id, AgencyRef::name));
	}

	/** The signed-in coordinator's agency and all units below it; empty for a coordinator without an agency. */
	public Set<Long> coordinatorSubtree() {
		return this.agencies.coordinatedBy(CurrentUser.requireRole(Role.AGENCY_COORDINATOR));
	}

}
