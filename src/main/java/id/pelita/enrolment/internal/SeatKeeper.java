package id.pelita.enrolment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import id.pelita.agency.AgencyService;
import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.internal.EnrolmentStore.RunCounter;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out a run's seats. {@link #open} locks the run's row for the rest of the transaction; every seat decision
 * of the run is then made on a {@link RunSeats} that counts what is taken, and written in the same transaction.
 * Because every writer of a run takes the same single lock first, seats are never oversold, on one node or many.
 */
@Component
public class SeatKeeper {

	private final EnrolmentStore store;

	private final AgencyService agencies;

	private final Clock clock;

	SeatKeeper(EnrolmentStore store, AgencyService agencies, Clock clock) {
		this.store = store;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** Locks the run and counts its seats; the transaction must go on to {@link RunSeats#save}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public RunSeats open(RunDetails run) {
		RunCounter counter = this.store.lockRun(run.id());
		Map<Long, Integer> taken = this.store.takenByPool(run.id());
		Reservations reservations = run.agencySeats().isEmpty() ? Reservations.none()
				: Reservations.of(run.agencySeats().keySet(), this.agencies.tree());
		return new RunSeats(run, counter, SeatPlan.of(run.seats(), run.agencySeats(), taken), reservations);
	}

	/** The seats of one locked run within one transaction. */
	public final class RunSeats {

		private final RunDetails run;

		private RunCounter counter;

		private final SeatPlan plan;

		private final Reservations reservations;

		private RunSeats(RunDetails run, RunCounter counter, SeatPlan plan, Reservations reservations) {
			this.run = run;
			this.counter = counter;
			this.plan = plan;
			this.reservations = reservations;
		}

		public RunDetails run() {
			return this.run;
		}

		public @Nullable Long reservationFor(@Nullable Long agencyId) {
			return this.reservations.reservationFor(agencyId);
		}

		/** Confirms the enrolment if a seat is free for it; returns whether it got one. */
		public boolean trySeat(Enrolment enrolment, Instant now) {
			OptionalLong pool = this.plan.take(enrolment.reservationAgencyId());
			if (pool.isEmpty()) {
				return false;
			}
			enrolment.confirm(pool.getAsLong(), now);
			this.counter = this.counter.withConfirmed(1);
			return true;
		}

		/** Confirms the enrolment if a seat is free for it, else puts it at the end of the waitlist. */
		public void seatOrWaitlist(Enrolment enrolment, Instant now) {
			if (!trySeat(enrolment, now)) {
				waitlist(enrolment, now);
			}
		}

		public void waitlist(Enrolment enrolment, Instant now) {
			this.counter = this.counter.withWaitlistSeq(this.counter.waitlistSeq() + 1);
			enrolment.waitlist(this.counter.waitlistSeq(), now);
		}

		/** Whether the whole run is full (reserved seats included). */
		public boolean full() {
			return this.plan.totalFree() == 0;
		}

		/** Gives back the seat a confirmed enrolment holds, before the enrolment ends. */
		public void release(Enrolment enrolment) {
			if (enrolment.status() == EnrolmentStatus.CONFIRMED && enrolment.seatPool() != null) {
				this.plan.release(enrolment.seatPool());
				this.counter = this.counter.withConfirmed(-1);
			}
		}

		/**
		 * Gives free seats to the waitlist, first come first served, respecting reservations: a free reserved seat
		 * first goes to a person of that reservation who sits in the general pool (freeing a general seat), then
		 * to the first waitlisted person who may use it. Writes the promoted enrolments and returns them.
		 */
		public List<Enrolment> promoteWaiting() {
			Instant now = SeatKeeper.this.clock.instant();
			for (Long agency : this.run.agencySeats().keySet()) {
				while (this.plan.reservedFree(agency) > 0) {
					Optional<Enrolment> movable = SeatKeeper.this.store.inGeneralPoolWithReservation(this.run.id(),
							agency);
					if (movable.isEmpty()) {
						break;
					}
					this.plan.moveIntoReservation(agency);
					movable.get().moveToPool(agency, now);
					SeatKeeper.this.store.update(movable.get());
				}
			}
			List<Enrolment> promoted = new ArrayList<>();
			if (this.plan.totalFree() == 0) {
				return promoted;
			}
			for (Enrolment waiting : SeatKeeper.this.store.waitlist(this.run.id())) {
				if (this.plan.freeFor(waiting.reservationAgencyId()) > 0 && trySeat(waiting, now)) {
					SeatKeeper.this.store.update(waiting);
					promoted.add(waiting);
					if (this.plan.totalFree() == 0) {
						break;
					}
				}
			}
			return promoted;
		}

		/** Writes the run's counters; the enrolments are written by the caller. */
		public void save() {
			SeatKeeper.this.store.saveCounter(this.counter);
		}

		public long lastWaitlistSeq() {
			return this.counter.waitlistSeq();
		}

	}

}
