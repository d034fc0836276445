package id.pelita.enrolment.internal;

import java.util.Collection;
import java.util.Map;

import id.pelita.catalog.SeatAvailability;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the catalogue how many seats of each run are taken, from the per-run counters. */
@Component
class ConfirmedSeats implements SeatAvailability {

	private final EnrolmentStore store;

	ConfirmedSeats(EnrolmentStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Integer> confirmedSeats(Collection<Long> runIds) {
		return runIds.isEmpty() ? Map.of() : this.store.confirmedSeats(runIds);
	}

}
