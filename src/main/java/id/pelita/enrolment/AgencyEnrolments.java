package id.pelita.enrolment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.catalog.RunStatus;
import id.pelita.enrolment.internal.Enrolment;
import id.pelita.enrolment.internal.EnrolmentAudit;
import id.pelita.enrolment.internal.EnrolmentAudit.Action;
import id.pelita.enrolment.internal.EnrolmentChanges;
import id.pelita.enrolment.internal.EnrolmentPeople;
import id.pelita.enrolment.internal.EnrolmentStore;
import id.pelita.enrolment.internal.NominationResults;
import id.pelita.enrolment.internal.NominationStore.Header;
import id.pelita.enrolment.internal.NominationStore.Line;
import id.pelita.enrolment.internal.Nominations;
import id.pelita.enrolment.internal.SeatKeeper;
import id.pelita.enrolment.internal.SeatKeeper.RunSeats;
import id.pelita.identity.AccountStatus;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agency coordinators do with enrolments: approve or reject their employees' self-enrolments, and nominate
 * cohorts by NIP. A coordinator acts only for the people of their agency and the units below it.
 *
 * <p>A nomination gives each valid nominee a seat of their agency's reservation first, then of the general pool. It
 * refuses a person with {@link RefusalReason#AGENCY_SEATS_EXHAUSTED} when the run still has free seats but all of
 * them are reserved for other agencies, and waitlists them only when the run is full.
 */
@Service
public class AgencyEnrolments {

	private static final int MAX_NOMINATION = 20_000;

	private final EnrolmentStore store;

	private final SeatKeeper seatKeeper;

	private final Nominations nominations;

	private final NominationResults results;

	private final EnrolmentAudit audit;

	private final EnrolmentChanges changes;

	private final EnrolmentPeople lookup;

	private final PersonDirectory people;

	private final RunService runs;

	AgencyEnrolments(EnrolmentStore store, SeatKeeper seatKeeper, Nominations nominations, NominationResults results,
			EnrolmentAudit audit, EnrolmentChanges changes, EnrolmentPeople lookup, PersonDirectory people,
			RunService runs) {
		this.store = store;
		this.seatKeeper = seatKeeper;
		this.nominations = nominations;
		this.results = results;
		this.audit = audit;
		this.changes = changes;
		this.lookup = lookup;
		this.people = people;
		this.runs = runs;
	}

	// Approvals

	/** Self-enrolments of employees of the coordinator's agency and its units that wait for approval. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<PendingApproval> pendingApprovals() {
		List<Enrolment> pending = this.store.pendingIn(this.lookup.coordinatorSubtree());
		if (pending.isEmpty()) {
			return List.of();
		}
		Map<Long, RunDetails> runById = this.runs.runs(pending.stream().map(Enrolment::runId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(RunDetails::id, Function.identity()));
		Map<Long, PersonRef> personById = this.lookup.persons(pending.stream().map(Enrolment::accountId).toList());
		Map<Long, String> agencyNames = this.lookup.agencyNames();
		return pending.stream().filter(enrolment -> runById.containsKey(enrolment.runId())).map(enrolment -> {
			RunDetails run = runById.get(enrolment.runId());
			PersonRef person = personById.get(enrolment.accountId());
			return new PendingApproval(enrolment.id(), run.id(), run.courseTitle(), run.name(), run.startsOn(),
					enrolment.accountId(), person == null ? null : person.nip(),
					person == null ? "" : person.fullName(),
					enrolment.agencyId() == null ? null : agencyNames.get(enrolment.agencyId()),
					enrolment.createdAt());
		}).toList();
	}

	/** Approves a self-enrolment: it takes a seat if one is free, else joins the waitlist. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public EnrolmentOutcome approve(long enrolmentId) {
		PelitaUser coordinator = CurrentUser.require();
		Enrolment found = pendingInMyAgency(enrolmentId);
		RunDetails run = this.runs.run(found.runId());
		if (run.status() == RunStatus.CANCELLED || !this.changes.today().isBefore(run.startsOn())) {
			throw new UserFacingException("approvals.error.runClosed");
		}
		RunSeats seats = this.seatKeeper.open(run);
		Enrolment enrolment = pendingInMyAgency(enrolmentId);
		Instant now = this.changes.now();
		seats.seatOrWaitlist(enrolment, now);
		enrolment.decidedBy(coordinator.accountId(), now);
		this.store.update(enrolment);
		seats.save();
		this.audit.record(enrolment, Action.APPROVED, EnrolmentStatus.PENDING_APPROVAL, null);
		return this.changes.announce(enrolment, run);
	}

	/** Rejects a self-enrolment with a reason the employee will read. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public void reject(long enrolmentId, String reason) {
		PelitaUser coordinator = CurrentUser.require();
		String why = EnrolmentChanges.requireReason(reason, "approvals.error.reasonRequired");
		Enrolment found = pendingInMyAgency(enrolmentId);
		RunDetails run = this.runs.run(found.runId());
		RunSeats seats = this.seatKeeper.open(run);
		Enrolment enrolment = pendingInMyAgency(enrolmentId);
		Instant now = this.changes.now();
		enrolment.end(EnrolmentStatus.REJECTED, why, coordinator.accountId(), now);
		this.store.update(enrolment);
		seats.save();
		this.audit.record(enrolment, Action.REJECTED, EnrolmentStatus.PENDING_APPROVAL, why);
		this.changes.announceRejected(enrolment, run, why, coordinator.accountId());
	}

	// Nominations

	/**
	 * Nominates employees of the coordinator's agency (and its units) by NIP and returns the outcome per NIP, in
	 * the order given. The batch is kept: {@link #nominationResult} reads it again.
	 */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public NominationResult nominate(long runId, Collection<String> nips) {
		PelitaUser coordinator = CurrentUser.require();
		Long agencyId = coordinator.agencyId();
		if (agencyId == null) {
			throw new AccessDeniedException("A coordinator without an agency");
		}
		if (nips == null || nips.isEmpty()) {
			throw new UserFacingException("nomination.error.empty");
		}
		if (nips.size() > MAX_NOMINATION) {
			throw new UserFacingException("nomination.error.tooMany", MAX_NOMINATION);
		}
		RunDetails run = this.runs.run(runId);
		Nominations.Nominated nominated = this.nominations.nominate(run, coordinator, agencyId,
				new ArrayList<>(nips));
		return this.results.of(nominated.id(), run, coordinator.accountId(), nominated.at(), nominated.lines(),
				nominated.names());
	}

	/** Runs taking registrations now, which a coordinator may nominate to. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<RunDetails> nominationRuns() {
		return this.runs.openForRegistration();
	}

	/** The employees the coordinator may nominate: those of their agency and its units, by name. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<Candidate> candidates() {
		Map<Long, String> agencyNames = this.lookup.agencyNames();
		return this.people.inAgencies(this.lookup.coordinatorSubtree())
			.stream()
			.filter(person -> person.nip() != null && person.agencyId() != null
					&& person.status() != AccountStatus.DISABLED)
			.map(person -> new Candidate(person.accountId(), person.nip(), person.fullName(), person.rankGrade(),
					person.position(), person.agencyId(), agencyNames.getOrDefault(person.agencyId(), "")))
			.toList();
	}

	/** A nomination's outcome as it was decided; for its agency's coordinators, organisers and administrators. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public NominationResult nominationResult(long nominationId) {
		Header header = this.results.header(nominationId)
			.orElseThrow(() -> new UserFacingException("nomination.error.notFound"));
		PelitaUser user = CurrentUser.require();
		if (!user.hasRole(Role.ORGANISER) && !user.hasRole(Role.ADMIN)
				&& !this.lookup.coordinatorSubtree().contains(header.agencyId())) {
			throw new UserFacingException("nomination.error.notFound");
		}
		List<Line> lines = this.results.lines(nominationId);
		Map<Long, String> names = this.lookup
			.persons(lines.stream().map(Line::accountId).filter(id -> id != null).toList())
			.values()
			.stream()
			.collect(Collectors.toMap(PersonRef::accountId, PersonRef::fullName));
		return this.results.of(nominationId, this.runs.run(header.runId()), header.coordinatorAccountId(),
				header.createdAt(), lines, names);
	}

	private Enrolment pendingInMyAgency(long enrolmentId) {
		Enrolment enrolment = this.store.find(enrolmentId)
			.orElseThrow(() -> new UserFacingException("approvals.error.notFound"));
		if (enrolment.agencyId() == null || !this.lookup.coordinatorSubtree().contains(enrolment.agencyId())) {
			throw new UserFacingException("approvals.error.notFound");
		}
		if (enrolment.status() != EnrolmentStatus.PENDING_APPROVAL) {
			throw new UserFacingException("approvals.error.notPending");
		}
		return enrolment;
	}

}
