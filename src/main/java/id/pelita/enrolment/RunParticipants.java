package id.pelita.enrolment;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunService;
import id.pelita.catalog.RunStatus;
import id.pelita.enrolment.internal.Enrolment;
import id.pelita.enrolment.internal.EnrolmentAudit;
import id.pelita.enrolment.internal.EnrolmentAudit.Action;
import id.pelita.enrolment.internal.EnrolmentChanges;
import id.pelita.enrolment.internal.EnrolmentPeople;
import id.pelita.enrolment.internal.EnrolmentStore;
import id.pelita.enrolment.internal.ParticipantExport;
import id.pelita.enrolment.internal.SeatKeeper;
import id.pelita.enrolment.internal.SeatKeeper.RunSeats;
import id.pelita.identity.AccountStatus;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.Nip;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run's participants for its organisers (and administrators): the list with the waitlist in order, people added
 * or removed by hand with a reason that is audited, the audit itself, and the list as CSV or XLSX.
 */
@Service
public class RunParticipants {

	private final EnrolmentStore store;

	private final SeatKeeper seatKeeper;

	private final EnrolmentChanges changes;

	private final EnrolmentPeople lookup;

	private final EnrolmentAudit audit;

	private final ParticipantExport export;

	private final PersonDirectory people;

	private final RunService runs;

	RunParticipants(EnrolmentStore store, SeatKeeper seatKeeper, EnrolmentChanges changes, EnrolmentPeople lookup,
			EnrolmentAudit audit, ParticipantExport export, PersonDirectory people, RunService runs) {
		this.store = store;
		this.seatKeeper = seatKeeper;
		this.changes = changes;
		this.lookup = lookup;
		this.audit = audit;
		this.export = export;
		this.people = people;
		this.runs = runs;
	}

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
		Map<Long, PersonRef> personById = this.lookup.persons(enrolments.stream().map(Enrolment::accountId).toList());
		Map<Long, String> agencyNames = this.lookup.agencyNames();
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
		String why = EnrolmentChanges.requireReason(reason, "participants.error.reasonRequired");
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
		EnrolmentStatus before = previous.map(Enrolment::status).orElse(null);
		Instant now = this.changes.now();
		Enrolment enrolment = this.changes.begin(previous, run, person, seats, EnrolmentSource.ORGANISER, now);
		seats.seatOrWaitlist(enrolment, now);
		enrolment.decidedBy(organiser.accountId(), now);
		this.changes.save(enrolment);
		seats.save();
		this.audit.record(enrolment, Action.ADDED, before, why);
		return this.changes.announce(enrolment, run);
	}

	/** Adds a person by NIP (spaces allowed); see {@link #addParticipant(long, long, String)}. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public EnrolmentOutcome addParticipantByNip(long runId, String nip, String reason) {
		String value = Nip.parse(nip, this.changes.today()).value();
		PersonRef person = this.people.findByNip(value)
			.orElseThrow(() -> new UserFacingException("participants.error.nipNotFound", value));
		return addParticipant(runId, person.accountId(), reason);
	}

	/** Removes a person by hand with a reason; a freed seat goes to the waitlist. Audited. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional
	public void removeParticipant(long enrolmentId, String reason) {
		PelitaUser organiser = CurrentUser.require();
		String why = EnrolmentChanges.requireReason(reason, "participants.error.reasonRequired");
		Enrolment found = this.store.find(enrolmentId)
			.orElseThrow(() -> new UserFacingException("participants.error.notFound"));
		RunDetails run = this.runs.run(found.runId());
		RunSeats seats = this.seatKeeper.open(run);
		Enrolment enrolment = this.store.find(enrolmentId)
			.filter(current -> current.status().active())
			.orElseThrow(() -> new UserFacingException("participants.error.notActive"));
		EnrolmentStatus before = enrolment.status();
		this.changes.end(seats, enrolment, organiser.accountId(), why, false);
		this.audit.record(enrolment, Action.REMOVED, before, why);
	}

	/** What organisers and coordinators changed by hand in the run, oldest first. */
	@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
	@Transactional(readOnly = true)
	public List<ParticipantChange> participantChanges(long runId) {
		List<EnrolmentAudit.Entry> entries = this.audit.ofRun(runId);
		Set<Long> ids = new HashSet<>();
		entries.forEach(entry -> ids.add(entry.accountId()));
		Map<Long, PersonRef> personById = this.lookup.persons(ids);
		return entries.stream()
			.map(entry -> new ParticipantChange(entry.enrolmentId(), name(personById.get(entry.accountId())),
					ParticipantChange.Kind.valueOf(entry.action().name()), entry.actorName(), entry.reason(),
					entry.at()))
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

	private static String name(@Nullable PersonRef person) {
		return person == null ? "Pelita" : person.fullName();
	}

}
