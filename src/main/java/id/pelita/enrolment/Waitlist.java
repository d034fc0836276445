package id.pelita.enrolment;

import java.util.List;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.catalog.RunStatus;
import id.pelita.enrolment.internal.Enrolment;
import id.pelita.enrolment.internal.EnrolmentChanges;
import id.pelita.enrolment.internal.EnrolmentStore;
import id.pelita.enrolment.internal.SeatKeeper;
import id.pelita.enrolment.internal.SeatKeeper.RunSeats;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promotion from the waitlists for seats freed other than by a cancellation (an organiser raising the seats, a
 * reservation lifted); a cancellation promotes at once, in its own transaction. A freed seat goes to the first
 * waitlisted person who may use it (a freed reserved seat first goes to a person of that reservation sitting in the
 * general pool).
 *
 * <p>Called by the {@code waitlist-promotion} job, with nobody signed in: promotion only applies the seat rules to
 * seats that are free, so it needs no rights, and it tells nobody anything but the people it promotes.
 */
@Service
public class Waitlist {

	private final EnrolmentStore store;

	private final SeatKeeper seatKeeper;

	private final EnrolmentChanges changes;

	private final RunService runs;

	Waitlist(EnrolmentStore store, SeatKeeper seatKeeper, EnrolmentChanges changes, RunService runs) {
		this.store = store;
		this.seatKeeper = seatKeeper;
		this.changes = changes;
		this.runs = runs;
	}

	/**
	 * Gives the run's free seats to its waitlist, in order, under the run's lock. Nothing happens once the run has
	 * started, finished or been cancelled.
	 * @return how many people were promoted
	 */
	@Transactional
	public int promote(long runId) {
		RunDetails run = this.runs.run(runId);
		if (run.status() == RunStatus.CANCELLED || run.status() == RunStatus.FINISHED
				|| !this.changes.today().isBefore(run.startsOn())) {
			return 0;
		}
		RunSeats seats = this.seatKeeper.open(run);
		List<Enrolment> promoted = seats.promoteWaiting();
		seats.save();
		this.changes.announcePromoted(promoted, seats.run());
		return promoted.size();
	}

	/** The runs that have people on their waitlist. */
	@Transactional(readOnly = true)
	public List<Long> runsWithWaitlist() {
		return this.store.runsWithWaitlist();
	}

}
