package id.pelita.enrolment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.internal.EnrolmentStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats reserved for agencies that are still free, for reminders to their coordinators before registration
 * closes. Facts, not rights.
 */
@Service
public class ReservedSeats {

	private final RunService runs;

	private final EnrolmentStore store;

	ReservedSeats(RunService runs, EnrolmentStore store) {
		this.runs = runs;
		this.store = store;
	}

	/** Per run whose registration closes in [from, to) and per agency with a reservation: seats still free. */
	@Transactional(readOnly = true)
	public List<Left> freeInRunsClosingBetween(Instant from, Instant to) {
		List<Left> left = new ArrayList<>();
		for (RunDetails run : this.runs.openForRegistration()) {
			if (run.agencySeats().isEmpty() || run.registrationClosesAt().isBefore(from)
					|| !run.registrationClosesAt().isBefore(to)) {
				continue;
			}
			Map<Long, Integer> taken = this.store.takenByPool(run.id());
			run.agencySeats().forEach((agencyId, reserved) -> {
				int used = taken.getOrDefault(agencyId, 0);
				if (used < reserved) {
					left.add(new Left(run.id(), run.courseTitle(), run.name(), run.registrationClosesAt(), agencyId,
							reserved, used));
				}
			});
		}
		return left;
	}

	/** Free reserved seats of one agency in one run. */
	public record Left(long runId, String courseTitle, String runName, Instant registrationClosesAt, long agencyId,
			int reserved, int taken) {

		public int free() {
			return this.reserved - this.taken;
		}

	}

}
