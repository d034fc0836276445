package id.pelita.enrolment;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.shared.SpreadsheetFormat;
import id.pelita.agency.AgencyService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.catalog.RunStatus;
import id.pelita.enrolment.internal.Enrolment;
import id.pelita.enrolment.internal.EnrolmentAudit;
import id.pelita.enrolment.internal.EnrolmentAudit.Action;
import id.pelita.enrolment.internal.EnrolmentStore;
import id.pelita.enrolment.internal.NominationStore;
import id.pelita.enrolment.internal.NominationStore.Header;
import id.pelita.enrolment.internal.NominationStore.Line;
import id.pelita.enrolment.internal.Nominations;
import id.pelita.enrolment.internal.ParticipantExport;
import id.pelita.enrolment.internal.SeatKeeper;
import id.pelita.enrolment.internal.SeatKeeper.RunSeats;
import id.pelita.identity.AccountStatus;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.Nip;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolments in runs. Participants enrol and cancel; agency coordinators nominate cohorts and approve their
 * employees' self-enrolments; organisers manage a run's participants by hand and export them.
 *
 * <p><b>Seats.</b> A run's seats are split into pools: seats reserved per agency ({@link RunDetails#agencySeats()})
 * and the general pool (the seats minus all reservations). A reservation covers the agency and all units below it;
 * a person uses the reservation of the nearest agency at or above their own unit that has one, then the general
 * pool; people of agencies without a reservation use the general pool only. When no seat is free for a person they
 * are waitlisted, first come first served. A nomination instead refuses a person with
 * {@link RefusalReason#AGENCY_SEATS_EXHAUSTED} when the run still has free seats but all of them are reserved for
 * other agencies, and waitlists them only when the run is full. A freed seat goes to the first waitlisted person
 * who may use it (a freed reserved seat first goes to a person of that reservation sitting in the general pool).
 *
 * <p><b>Concurrency.</b> Every change to a run's seats first locks the run's counter row
 * ({@code select ... for update}) and counts the seats while holding it; a unique constraint on (run, person)
 * backs the one-enrolment-per-person rule. This holds across nodes on H2 and PostgreSQL.
 */
@Service
public class EnrolmentService {

	private static final int MAX_NOMINATION = 20_000;

	private static final int REASON_LENGTH = 500;

	private final EnrolmentStore store;

	private final SeatKeeper seatKeeper;

	private final Nominations nominations;

	private final NominationStore nominationStore;

	private final EnrolmentAudit audit;

	private final ParticipantExport export;

	private final RunService runs;

	private final AgencyService agencies;

	private final PersonDirectory people;

	private final Translations translations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EnrolmentService(EnrolmentStore store, SeatKeeper seatKeeper, Nominations nominations,
			NominationStore nominationStore, EnrolmentAudit audit, ParticipantExport export, RunService runs,
			AgencyService agencies, PersonDirectory people, Translations translations,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.seatKeeper = seatKeeper;
		this.nominations = nominations;
		this.nominationStore = nominationStore;
		this.audit = audit;
		this.export = export;
		this.runs = runs;
		this.agencies = agencies;
		this.people = people;
		this.translations = translations;
		this.events = events;
		this.clock = clock;
	}

	// Participant

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
		Instant now = this.clock.instant();
		Enrolment enrolment = begin(previous, run, me, seats, EnrolmentSource.SELF, now);
		if (run.enrolmentMode() == EnrolmentMode.OPEN_WITH_APPROVAL) {
			enrolment.awaitApproval(now);
		}
		else {
			seats.seatOrWaitlist(enrolment, now);
		}
		save(enrolment);
		seats.save();
		return announce(enrolment, run);
	}

	/** Cancels the signed-in participant's enrolment before the run starts; a freed seat goes to the waitlist. */
	@PreAuthorize("hasRole('PARTICIPANT')")
	@Transactional
	public void cancel(long runId) {
		PelitaUser user = CurrentUser.require();
		RunDetails run = this.runs.run(runId);
		if (!today().isBefore(run.startsOn())) {
			throw new UserFacingException("enrolment.error.alreadyStarted");
		}
		activeEnrolment(runId, user.accountId()).orElseThrow(() -> new UserFacingException("enrolment.error.notEnrolled"));
		RunSeats seats = this.seatKeeper.open(run);
		Enrolment enrolment = activeEnrolment(runId, user.accountId())
			.orElseThrow(() -> new UserFacingException("enrolment.error.notEnrolled"));
		end(seats, enrolment, user.accountId(), null, true);
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

	/** Seats of the run nobody holds yet (reserved ones included). */
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

	// Agency coordinator

	/** Self-enrolments of employees of the coordinator's agency and its units that wait for approval. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional(readOnly = true)
	public List<PendingApproval> pendingApprovals() {
		List<Enrolment> pending = this.store.pendingIn(coordinatorSubtree());
		if (pending.isEmpty()) {
			return List.of();
		}
		Map<Long, RunDetails> runById = this.runs.runs(pending.stream().map(Enrolment::runId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(RunDetails::id, Function.identity()));
		Map<Long, PersonRef> personById = persons(pending.stream().map(Enrolment::accountId).toList());
		Map<Long, String> agencyNames = agencyNames();
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
		checkNotStarted(run, "approvals.error.runClosed");
		RunSeats seats = this.seatKeeper.open(run);
		Enrolment enrolment = pendingInMyAgency(enrolmentId);
		Instant now = this.clock.instant();
		seats.seatOrWaitlist(enrolment, now);
		enrolment.decidedBy(coordinator.accountId(), now);
		this.store.update(enrolment);
		seats.save();
		this.audit.record(enrolment, Action.APPROVED, coordinator.accountId(), null, now);
		return announce(enrolment, run);
	}

	/** Rejects a self-enrolment with a reason the employee will read. */
	@PreAuthorize("hasRole('AGENCY_COORDINATOR')")
	@Transactional
	public void reject(long enrolmentId, String reason) {
		PelitaUser coordinator = CurrentUser.require();
		String why = requireReason(reason, "approvals.error.reasonRequired");
		Enrolment found = pendingInMyAgency(enrolmentId);
		RunDetails run = this.runs.run(found.runId());
		RunSeats seats = this.seatKeeper.open(run);
		Enrolment enrolment = pendingInMyAgency(enrolmentId);
		Instant now = this.clock.instant();
		enrolment.end(EnrolmentStatus.REJECTED, why, coordinator.accountId(), now);
		this.store.update(enrolment);
		seats.save();
		this.audit.record(enrolment, Action.REJECTED, coordinator.accountId(), why, now);
		this.events.publishEvent(new EnrolmentRejected(enrolment.id(), enrolment.accountId(), EnrolledRun.of(run),
				why, coordinator.accountId()));
	}

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
		return result(nominated.id(), run, coordinator.accountId(), nominated.at(), nominated.lines(),
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
		Map<Long, String> agencyNames = agencyNames();
		return this.people.inAgencies(coordinatorSubtree())
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
		Header header = this.nominationStore.find(nominationId)
			.orElseThrow(() -> new UserFacingException("nomination.error.notFound"));
		PelitaUser user = CurrentUser.require();
		if (!user.hasRole(Role.ORGANISER) && !user.hasRole(Role.ADMIN)
				&& !coordinatorSubtree().contains(header.agencyId())) {
			throw new UserFacingException("nomination.error.notFound");
		}
		List<Line> lines = this.nominationStore.lines(nominationId);
		Map<Long, String> names = persons(lines.stream().map(Line::accountId).filter(id -> id != null).toList())
			.values()
			.stream()
			.collect(Collectors.toMap(PersonRef::accountId, PersonRef::fullName));
		return result(nominationId, this.runs.run(header.runId()), header.coordinatorAccountId(), header.createdAt(),
				lines, names);
	}

	// Organiser

	/** The run, for the organiser's participants page. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public RunDetails run(long runId) {
		return this.runs.run(runId);
	}

	/** The run's participants: confirmed first, then the waitlist in order, then pending, rejected, cancelled. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<Participant> participants(long runId) {
		this.runs.run(runId);
		List<Enrolment> enrolments = this.store.ofRun(runId);
		Map<Long, Integer> positions = this.store.waitlistPositions(runId);
		Map<Long, PersonRef> personById = persons(enrolments.stream().map(Enrolment::accountId).toList());
		Map<Long, String> agencyNames = agencyNames();
		return enrolments.stream().map(enrolment -> {
			PersonRef person = personById.get(enrolment.accountId());
			Long agencyId = person == null ? enrolment.agencyId() : person.agencyId();
			return new Participant(enrolment.id(), enrolment.accountId(), person == null ? null : person.nip(),
					person == null ? "" : person.fullName(), agencyId,
					agencyId == null ? null : agencyNames.get(agencyId), enrolment.status(),
					positions.get(enrolment.id()), enrolment.source(), enrolment.reason(), enrolment.createdAt());
		})
			.sorted(Comparator.comparing((Participant p) -> p.status().ordinal())
				.thenComparing(p -> p.waitlistPosition() == null ? 0 : p.waitlistPosition())
				.thenComparing(Participant::fullName))
			.toList();
	}

	/** Adds a person by hand: confirmed when a seat is free for them, else waitlisted. Audited with the reason. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public EnrolmentOutcome addParticipant(long runId, long accountId, String reason) {
		PelitaUser organiser = CurrentUser.require();
		String why = requireReason(reason, "participants.error.reasonRequired");
		PersonRef person = this.people.find(accountId)
			.orElseThrow(() -> new UserFacingException("participants.error.personNotFound"));
		if (person.status() == AccountStatus.DISABLED) {
			throw new UserFacingException("participants.error.disabled", person.fullName());
		}
		RunDetails run = this.runs.run(runId);
		if (run.status() == RunStatus.DRAFT || run.status() == RunStatus.CANCELLED
				|| run.status() == RunStatus.FINISHED) {
			throw new UserFacingException("participants.error.runClosed");
		}
		RunSeats seats = this.seatKeeper.open(run);
		Optional<Enrolment> previous = this.store.find(runId, accountId);
		if (previous.isPresent() && previous.get().status().active()) {
			throw new UserFacingException("participants.error.alreadyEnrolled", person.fullName());
		}
		Instant now = this.clock.instant();
		Enrolment enrolment = begin(previous, run, person, seats, EnrolmentSource.ORGANISER, now);
		seats.seatOrWaitlist(enrolment, now);
		enrolment.decidedBy(organiser.accountId(), now);
		save(enrolment);
		seats.save();
		this.audit.record(enrolment, Action.ADDED, organiser.accountId(), why, now);
		return announce(enrolment, run);
	}

	/** Adds a person by NIP (spaces allowed); see {@link #addParticipant(long, long, String)}. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public EnrolmentOutcome addParticipantByNip(long runId, String nip, String reason) {
		String value = Nip.parse(nip, today()).value();
		PersonRef person = this.people.findByNip(value)
			.orElseThrow(() -> new UserFacingException("participants.error.nipNotFound", value));
		return addParticipant(runId, person.accountId(), reason);
	}

	/** Removes a person by hand with a reason; a freed seat goes to the waitlist. Audited. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void removeParticipant(long enrolmentId, String reason) {
		PelitaUser organiser = CurrentUser.require();
		String why = requireReason(reason, "participants.error.reasonRequired");
		Enrolment found = this.store.find(enrolmentId)
			.orElseThrow(() -> new UserFacingException("participants.error.notFound"));
		RunDetails run = this.runs.run(found.runId());
		RunSeats seats = this.seatKeeper.open(run);
		Enrolment enrolment = this.store.find(enrolmentId)
			.filter(current -> current.status().active())
			.orElseThrow(() -> new UserFacingException("participants.error.notActive"));
		end(seats, enrolment, organiser.accountId(), why, false);
		this.audit.record(enrolment, Action.REMOVED, organiser.accountId(), why, this.clock.instant());
	}

	/** What organisers and coordinators changed by hand in the run, oldest first. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<ParticipantChange> participantChanges(long runId) {
		List<EnrolmentAudit.Entry> entries = this.audit.ofRun(runId);
		Set<Long> ids = new HashSet<>();
		entries.forEach(entry -> {
			ids.add(entry.accountId());
			ids.add(entry.actorAccountId());
		});
		Map<Long, PersonRef> personById = persons(ids);
		return entries.stream()
			.map(entry -> new ParticipantChange(entry.enrolmentId(), name(personById.get(entry.accountId())),
					ParticipantChange.Kind.valueOf(entry.action().name()),
					name(personById.get(entry.actorAccountId())), entry.reason(), entry.at()))
			.toList();
	}

	/** Writes the participant list in the organiser's language and time zone. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public void exportParticipants(long runId, SpreadsheetFormat format, OutputStream out) {
		PelitaUser user = CurrentUser.require();
		RunDetails run = this.runs.run(runId);
		this.export.write(run.name(), participants(runId), format, user.locale(), user.zone(), out);
	}

	// Helpers

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

	private Enrolment begin(Optional<Enrolment> previous, RunDetails run, PersonRef person, RunSeats seats,
			EnrolmentSource source, Instant now) {
		Long reservation = seats.reservationFor(person.agencyId());
		if (previous.isPresent()) {
			previous.get().restart(person.agencyId(), reservation, source, now);
			return previous.get();
		}
		return Enrolment.start(run.id(), person.accountId(), person.agencyId(), reservation, source, now);
	}

	private void save(Enrolment enrolment) {
		if (enrolment.isNew()) {
			this.store.insert(enrolment);
		}
		else {
			this.store.update(enrolment);
		}
	}

	/** Publishes what became of an enrolment and returns it. */
	private EnrolmentOutcome announce(Enrolment enrolment, RunDetails run) {
		EnrolledRun enrolled = EnrolledRun.of(run);
		Integer position = null;
		switch (enrolment.status()) {
			case CONFIRMED -> this.events.publishEvent(
					new EnrolmentConfirmed(enrolment.id(), enrolment.accountId(), enrolled, enrolment.source()));
			case WAITLISTED -> {
				position = this.store.waitlistPosition(run.id(), enrolment.waitlistSeq());
				this.events.publishEvent(
						new EnrolmentWaitlisted(enrolment.id(), enrolment.accountId(), enrolled, position));
			}
			default -> {
			}
		}
		return new EnrolmentOutcome(enrolment.id(), enrolment.status(), position);
	}

	/**
	 * Gives the run's free seats to its waitlist, in order, under the run's lock - for seats freed other than by a
	 * cancellation (an organiser raising the seats, a reservation lifted). Called by the waitlist promotion job.
	 * @return how many people were promoted
	 */
	@Transactional
	public int promoteWaitlist(long runId) {
		RunDetails run = this.runs.run(runId);
		if (run.status() == RunStatus.CANCELLED || run.status() == RunStatus.FINISHED
				|| !today().isBefore(run.startsOn())) {
			return 0;
		}
		RunSeats seats = this.seatKeeper.open(run);
		List<Enrolment> promoted = seats.promoteWaiting();
		seats.save();
		EnrolledRun enrolled = EnrolledRun.of(seats.run());
		promoted.forEach(
				person -> this.events.publishEvent(new EnrolmentPromoted(person.id(), person.accountId(), enrolled)));
		return promoted.size();
	}

	/** The runs that have people on their waitlist. */
	@Transactional(readOnly = true)
	public List<Long> runsWithWaitlist() {
		return this.store.runsWithWaitlist();
	}

	/** Ends an active enrolment, gives its seat to the waitlist and tells everyone concerned. */
	private void end(RunSeats seats, Enrolment enrolment, long actor, @Nullable String reason,
			boolean byParticipant) {
		Instant now = this.clock.instant();
		boolean heldSeat = enrolment.status() == EnrolmentStatus.CONFIRMED;
		seats.release(enrolment);
		enrolment.end(EnrolmentStatus.CANCELLED, reason, actor, now);
		this.store.update(enrolment);
		List<Enrolment> promoted = heldSeat ? seats.promoteWaiting() : List.of();
		seats.save();
		EnrolledRun run = EnrolledRun.of(seats.run());
		this.events.publishEvent(
				new EnrolmentCancelled(enrolment.id(), enrolment.accountId(), run, byParticipant, reason, heldSeat));
		promoted.forEach(
				person -> this.events.publishEvent(new EnrolmentPromoted(person.id(), person.accountId(), run)));
	}

	private Optional<Enrolment> activeEnrolment(long runId, long accountId) {
		return this.store.find(runId, accountId).filter(enrolment -> enrolment.status().active());
	}

	private Enrolment pendingInMyAgency(long enrolmentId) {
		Enrolment enrolment = this.store.find(enrolmentId)
			.orElseThrow(() -> new UserFacingException("approvals.error.notFound"));
		if (enrolment.agencyId() == null || !coordinatorSubtree().contains(enrolment.agencyId())) {
			throw new UserFacingException("approvals.error.notFound");
		}
		if (enrolment.status() != EnrolmentStatus.PENDING_APPROVAL) {
			throw new UserFacingException("approvals.error.notPending");
		}
		return enrolment;
	}

	private Set<Long> coordinatorSubtree() {
		PelitaUser user = CurrentUser.requireRole(Role.AGENCY_COORDINATOR);
		if (user.agencyId() == null) {
			return Set.of();
		}
		return this.agencies.subtreeOf(user.agencyId());
	}

	private void checkNotStarted(RunDetails run, String messageKey) {
		if (run.status() == RunStatus.CANCELLED || !today().isBefore(run.startsOn())) {
			throw new UserFacingException(messageKey);
		}
	}

	private MyEnrolment mine(Enrolment enrolment, RunDetails run) {
		Integer position = enrolment.status() == EnrolmentStatus.WAITLISTED && enrolment.waitlistSeq() != null
				? this.store.waitlistPosition(enrolment.runId(), enrolment.waitlistSeq()) : null;
		return new MyEnrolment(enrolment.id(), run, enrolment.status(), position, enrolment.reason(),
				enrolment.source(), enrolment.createdAt());
	}

	private NominationResult result(long nominationId, RunDetails run, long coordinatorId, Instant at,
			List<Line> lines, Map<Long, String> names) {
		Locale locale = CurrentUser.get().map(PelitaUser::locale).orElse(Translations.INDONESIAN);
		List<NominationOutcome> outcomes = lines.stream().map(line -> {
			String message = line.messageKey() == null ? null
					: line.messageArgument() == null ? this.translations.translate(line.messageKey(), locale)
							: this.translations.translate(line.messageKey(), locale, line.messageArgument());
			return new NominationOutcome(line.line(), line.input(), line.nip(), line.accountId(),
					line.accountId() == null ? null : names.get(line.accountId()), line.status(), line.reason(),
					line.waitlistPosition(), message);
		}).toList();
		return new NominationResult(nominationId, run.id(), run.courseTitle(), run.name(), coordinatorId, at,
				outcomes);
	}

	private Map<Long, PersonRef> persons(Collection<Long> accountIds) {
		return this.people.findAll(new HashSet<>(accountIds))
			.stream()
			.collect(Collectors.toMap(PersonRef::accountId, Function.identity()));
	}

	private Map<Long, String> agencyNames() {
		return this.agencies.all().stream().collect(Collectors.toMap(AgencyRef::id, AgencyRef::name));
	}

	private static String name(@Nullable PersonRef person) {
		return person == null ? "Pelita" : person.fullName();
	}

	private static String requireReason(@Nullable String reason, String messageKey) {
		if (reason == null || reason.isBlank()) {
			throw new UserFacingException(messageKey);
		}
		String stripped = reason.strip();
		return stripped.length() > REASON_LENGTH ? stripped.substring(0, REASON_LENGTH) : stripped;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), IndonesianTime.DEFAULT_ZONE);
	}

}
