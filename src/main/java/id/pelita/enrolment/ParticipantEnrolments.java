package id.pelita.enrolment;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.internal.Enrolment;
import id.pelita.enrolment.internal.EnrolmentChanges;
import id.pelita.enrolment.internal.EnrolmentStore;
import id.pelita.enrolment.internal.SeatKeeper;
import id.pelita.enrolment.internal.SeatKeeper.RunSeats;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's own enrolments: enrol in a run, cancel before it starts, "my courses", and the seats a run has
 * left. Every command acts for the signed-in participant only.
 *
 * <p><b>Seats.</b> A run's seats are split into pools: seats reserved per agency ({@link RunDetails#agencySeats()})
 * and the general pool (the seats minus all reservations). A reservation covers the agency and all units below it;
 * a person uses the reservation of the nearest agency at or above their own unit that has one, then the general
 * pool; people of agencies without a reservation use the general pool only. When no seat is free for a person they
 * are waitlisted, first come first served (see {@link Waitlist}).
 *
 * <p><b>Concurrency.</b> Every change to a run's seats first locks the run's counter row
 * ({@code select ... for update}) and counts the seats while holding it; a unique constraint on (run, person)
 * backs the one-enrolment-per-person rule. This holds across nodes on H2 and PostgreSQL.
 */
@Service
public class ParticipantEnrolments {

	private final EnrolmentStore store;

	private final SeatKeeper seatKeeper;

	private final EnrolmentChanges changes;

	private final RunService runs;

	private final PersonDirectory people;

	ParticipantEnrolments(EnrolmentStore store, SeatKeeper seatKeeper, EnrolmentChanges changes, RunService runs,
			PersonDirectory people) {
		this.store = store;
		this.seatKeeper = seatKeeper;
		this.changes = changes;
		this.runs = runs;
		this.people = people;
	}

	/**
	 * Enrols the signed-in participant: confirmed when a seat is free, else waitlisted; in a run with agency approval
	 * the enrolment waits for the coordinator and takes its seat on approval.
	 */
	@PreAuthorize("hasRole('PARTICIPANT')")
	@Transactional
	public EnrolmentOutcome enrol(long runId) {
		PelitaUser user = CurrentUser.require();
		RunDetails run = this.runs.run(runId);
		if (run.enrolmentMode() == EnrolmentMode.NOMINATION_ONLY) {
			throw new UserFacingException("enrolment.error.nominationOnly");
		}
		if (!run.registrationOpen()) {
			throw new UserFacingException("enrolment.error.registrationClosed");
		}
		PersonRef me = this.people.find(user.accountId())
			.orElseThrow(() -> new AccessDeniedException("No account " + user.accountId()));
		if (run.enrolmentMode() == EnrolmentMode.OPEN_WITH_APPROVAL && me.agencyId() == null) {
			throw new UserFacingException("enrolment.error.noAgencyForApproval");
		}
		this.store.find(runId, me.accountId()).ifPresent(previous -> checkMayEnrolAgain(previous, me.accountId()));
		RunSeats seats = this.seatKeeper.open(run);
		Optional<Enrolment> previous = this.store.find(runId, me.accountId());
		previous.ifPresent(enrolment -> checkMayEnrolAgain(enrolment, me.accountId()));
		Instant now = this.changes.now();
		Enrolment enrolment = this.changes.begin(previous, run, me, seats, EnrolmentSource.SELF, now);
		if (run.enrolmentMode() == EnrolmentMode.OPEN_WITH_APPROVAL) {
			enrolment.awaitApproval(now);
		}
		else {
			seats.seatOrWaitlist(enrolment, now);
		}
		this.changes.save(enrolment);
		seats.save();
		return this.changes.announce(enrolment, run);
	}

	/** Cancels the signed-in participant's enrolment before the run starts; a freed seat goes to the waitlist. */
	@PreAuthorize("hasRole('PARTICIPANT')")
	@Transactional
	public void cancel(long runId) {
		PelitaUser user = CurrentUser.require();
		RunDetails run = this.runs.run(runId);
		if (!this.changes.today().isBefore(run.startsOn())) {
			throw new UserFacingException("enrolment.error.alreadyStarted");
		}
		activeEnrolment(runId, user.accountId()).orElseThrow(() -> new UserFacingException("enrolment.error.notEnrolled"));
		RunSeats seats = this.seatKeeper.open(run);
		Enrolment enrolment = activeEnrolment(runId, user.accountId())
			.orElseThrow(() -> new UserFacingException("enrolment.error.notEnrolled"));
		this.changes.end(seats, enrolment, user.accountId(), null, true);
	}

	/** The signed-in participant's enrolments, the latest run first. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<MyEnrolment> myEnrolments() {
		List<Enrolment> mine = this.store.ofAccount(CurrentUser.require().accountId());
		Map<Long, RunDetails> runById = this.runs.runs(mine.stream().map(Enrolment::runId).toList())
			.stream()
			.collect(Collectors.toMap(RunDetails::id, Function.identity()));
		return mine.stream()
			.filter(enrolment -> runById.containsKey(enrolment.runId()))
			.map(enrolment -> mine(enrolment, runById.get(enrolment.runId())))
			.sorted(Comparator.comparing((MyEnrolment e) -> e.run().startsOn()).reversed())
			.toList();
	}

	/** The signed-in participant's enrolment in the run, if they have one (ended ones included). */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Optional<MyEnrolment> myEnrolment(long runId) {
		return this.store.find(runId, CurrentUser.require().accountId())
			.map(enrolment -> mine(enrolment, this.runs.run(runId)));
	}

	/** Seats of the run nobody holds yet (reserved ones included). Public facts of a published run. */
	@Transactional(readOnly = true)
	public int seatsLeft(long runId) {
		RunDetails run = this.runs.run(runId);
		return Math.max(0, run.seats() - this.store.confirmedSeats(List.of(runId)).getOrDefault(runId, 0));
	}

	/** Seats left per run, for lists of runs. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> seatsLeft(Collection<RunDetails> shown) {
		Map<Long, Integer> confirmed = this.store.confirmedSeats(shown.stream().map(RunDetails::id).toList());
		return shown.stream()
			.collect(Collectors.toMap(RunDetails::id,
					run -> Math.max(0, run.seats() - confirmed.getOrDefault(run.id(), 0)), (a, b) -> a));
	}

	private void checkMayEnrolAgain(Enrolment previous, long me) {
		if (previous.status().active()) {
			throw new UserFacingException("enrolment.error.alreadyEnrolled");
		}
		if (previous.status() == EnrolmentStatus.REJECTED) {
			throw new UserFacingException("enrolment.error.rejected");
		}
		if (previous.decidedBy() != null && previous.decidedBy() != me) {
			throw new UserFacingException("enrolment.error.removed");
		}
	}

	private Optional<Enrolment> activeEnrolment(long runId, long accountId) {
		return this.store.find(runId, accountId).filter(enrolment -> enrolment.status().active());
	}

	private MyEnrolment mine(Enrolment enrolment, RunDetails run) {
		Integer position = enrolment.status() == EnrolmentStatus.WAITLISTED && enrolment.waitlistSeq() != null
				? this.store.waitlistPosition(enrolment.runId(), enrolment.waitlistSeq()) : null;
		return new MyEnrolment(enrolment.id(), run, enrolment.status(), position, enrolment.reason(),
				enrolment.source(), enrolment.createdAt());
	}

}
