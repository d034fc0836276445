package id.pelita.enrolment.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

/**
 * The seats of one run at one moment, split into pools: each agency reservation holds its reserved seats, the
 * general pool holds the rest (seats minus all reservations). A person whose agency (or an agency above it) has a
 * reservation takes a reserved seat first, then a general one; everyone else takes general seats only. Seats taken
 * from a pool that no longer exists, or beyond a reservation that was made smaller, count against the general pool.
 *
 * <p>Pure arithmetic: the caller holds the run's lock while it plans, and writes the result in the same
 * transaction.
 */
public final class SeatPlan {

	/** The pool of seats not reserved for any agency. */
	public static final long GENERAL = 0;

	private final int generalCapacity;

	private final Map<Long, Integer> reserved;

	private final Map<Long, Integer> taken;

	private SeatPlan(int generalCapacity, Map<Long, Integer> reserved, Map<Long, Integer> taken) {
		this.generalCapacity = generalCapacity;
		this.reserved = reserved;
		this.taken = taken;
	}

	/**
	 * @param seats the run's seats
	 * @param agencySeats seats reserved per agency id
	 * @param takenByPool confirmed seats per pool ({@link #GENERAL} or an agency id)
	 */
	public static SeatPlan of(int seats, Map<Long, Integer> agencySeats, Map<Long, Integer> takenByPool) {
		int reservedTotal = agencySeats.values().stream().mapToInt(Integer::intValue).sum();
		return new SeatPlan(Math.max(0, seats - reservedTotal), Map.copyOf(agencySeats), new HashMap<>(takenByPool));
	}

	/** Free seats this person could take: their reservation's, then the general pool's. */
	public int freeFor(@Nullable Long reservationAgencyId) {
		return reservedFree(reservationAgencyId) + generalFree();
	}

	/** Takes a seat for a person with this reservation (or none) and returns its pool; empty when none is free. */
	public OptionalLong take(@Nullable Long reservationAgencyId) {
		if (reservedFree(reservationAgencyId) > 0) {
			this.taken.merge(reservationAgencyId, 1, Integer::sum);
			return OptionalLong.of(reservationAgencyId);
		}
		if (generalFree() > 0) {
			this.taken.merge(GENERAL, 1, Integer::sum);
			return OptionalLong.of(GENERAL);
		}
		return OptionalLong.empty();
	}

	/** Gives back a seat of the pool. */
	public void release(long pool) {
		this.taken.merge(pool, -1, Integer::sum);
	}

	/** Moves a seat from the general pool into a reservation with a free seat, freeing a general one. */
	public void moveIntoReservation(long reservationAgencyId) {
		release(GENERAL);
		this.taken.merge(reservationAgencyId, 1, Integer::sum);
	}

	public int reservedFree(@Nullable Long reservationAgencyId) {
		if (reservationAgencyId == null || !this.reserved.containsKey(reservationAgencyId)) {
			return 0;
		}
		return Math.max(0, this.reserved.get(reservationAgencyId) - takenIn(reservationAgencyId));
	}

	public int generalFree() {
		int used = 0;
		for (Map.Entry<Long, Integer> entry : this.taken.entrySet()) {
			Integer reservation = this.reserved.get(entry.getKey());
			used += reservation == null ? entry.getValue() : Math.max(0, entry.getValue() - reservation);
		}
		return Math.max(0, this.generalCapacity - used);
	}

	/** Free seats of the whole run, reserved ones included. */
	public int totalFree() {
		int free = generalFree();
		for (Long agency : this.reserved.keySet()) {
			free += reservedFree(agency);
		}
		return free;
	}

	/** Whether any reservation has a free seat. */
	public boolean anyReservedFree() {
		return this.reserved.keySet().stream().anyMatch(agency -> reservedFree(agency) > 0);
	}

	private int takenIn(long pool) {
		return this.taken.getOrDefault(pool, 0);
	}

}
