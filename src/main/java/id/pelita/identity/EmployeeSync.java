package id.pelita.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import id.pelita.identity.internal.EmployeeRows;
import id.pelita.identity.internal.EmployeeRows.Stored;
import id.pelita.identity.internal.EmployeeRows.Versioned;
import id.pelita.shared.Nip;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.web.InvalidFields;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading employee data back for an agency's HR system: one employee by NIP, and the employees whose data changed
 * since a moment, page by page. Only employees of the coordinator's (or token's) agency and the units below it are
 * ever found; anyone else is not found, exactly as an unknown NIP. Every change of an account's data (roster,
 * import, API, profile, activation, switching off) moves its {@code updated_at}.
 */
@Service
public class EmployeeSync {

	private final EmployeeRows rows;

	private final AgencyDirectory agencies;

	private final Clock clock;

	EmployeeSync(EmployeeRows rows, AgencyDirectory agencies, Clock clock) {
		this.rows = rows;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** The employee with this NIP in the agency's subtree; empty for an unknown NIP and for anyone else's. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public Optional<EmployeeVersion> byNip(String nip) {
		String value;
		try {
			value = Nip.parse(nip, LocalDate.ofInstant(this.clock.instant(), IndonesianTime.DEFAULT_ZONE)).value();
		}
		catch (Nip.InvalidNip ex) {
			throw InvalidFields.of("nip", ex);
		}
		Set<Long> subtree = subtree();
		return this.rows.versionedByNip(value)
			.filter(found -> found.stored().agencyId() != null && subtree.contains(found.stored().agencyId()))
			.map(EmployeeSync::version);
	}

	/**
	 * The employees of the agency's subtree whose data changed at or after {@code since} (all of them without it),
	 * page {@code page} (from 0) of {@code size}, in the order of their accounts.
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public EmployeeChanges changedSince(@Nullable Instant since, int page, int size) {
		if (page < 0 || size < 1) {
			throw new IllegalArgumentException("page >= 0 and size >= 1 are required");
		}
		Instant asOf = this.clock.instant();
		Set<Long> subtree = subtree();
		return new EmployeeChanges(this.rows.changedSince(subtree, since, (long) page * size, size)
			.stream()
			.map(EmployeeSync::version)
			.toList(), this.rows.countChangedSince(subtree, since), asOf);
	}

	private Set<Long> subtree() {
		Set<Long> coordinated = this.agencies.coordinatedBy(CurrentUser.requireRole(Role.AGENCY_COORDINATOR));
		if (coordinated.isEmpty()) {
			throw new AccessDeniedException("A coordinator without an agency has no roster");
		}
		return coordinated;
	}

	private static EmployeeVersion version(Versioned versioned) {
		Stored stored = versioned.stored();
		return new EmployeeVersion(new Employee(stored.id(), stored.nip(), stored.fullName(), stored.rankGrade(),
				stored.position(), stored.agencyId(), stored.email(), stored.phone(), stored.status()),
				versioned.updatedAt());
	}

}
