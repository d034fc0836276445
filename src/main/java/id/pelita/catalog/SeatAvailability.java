package id.pelita.catalog;

import java.util.Collection;
import java.util.Map;

/**
 * How many seats of each run are taken, for pages that show "seats left". Catalog does not count enrolments
 * itself; the enrolment module implements this interface.
 */
public interface SeatAvailability {

	/** Confirmed seats per run id; runs without enrolments may be missing from the map (meaning 0). */
	Map<Long, Integer> confirmedSeats(Collection<Long> runIds);

}
