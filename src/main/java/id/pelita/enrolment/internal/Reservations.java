package id.pelita.enrolment.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pelita.agency.AgencySummary;
import org.jspecify.annotations.Nullable;

/**
 * Which agency reservation of a run a person may use: seats reserved for an agency cover the agency and every unit
 * below it, and a person uses the reservation of the nearest agency at or above their own unit that has one.
 */
public final class Reservations {

	private static final Reservations NONE = new Reservations(Set.of(), Map.of());

	private final Set<Long> reserved;

	private final Map<Long, Long> parents;

	private Reservations(Set<Long> reserved, Map<Long, Long> parents) {
		this.reserved = reserved;
		this.parents = parents;
	}

	public static Reservations none() {
		return NONE;
	}

	public static Reservations of(Set<Long> reservedAgencies, List<AgencySummary> tree) {
		if (reservedAgencies.isEmpty()) {
			return NONE;
		}
		Map<Long, Long> parents = new HashMap<>();
		tree.stream().filter(agency -> agency.parentId() != null)
			.forEach(agency -> parents.put(agency.id(), agency.parentId()));
		return new Reservations(Set.copyOf(reservedAgencies), parents);
	}

	/** The reservation the person of this agency may use, or {@code null}. */
	public @Nullable Long reservationFor(@Nullable Long agencyId) {
		Set<Long> seen = new HashSet<>();
		Long current = agencyId;
		while (current != null && seen.add(current)) {
			if (this.reserved.contains(current)) {
				return current;
			}
			current = this.parents.get(current);
		}
		return null;
	}

}
