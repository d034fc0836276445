package id.pelita.enrolment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.agency.AgencyService;
import id.pelita.catalog.RunDetails;
import id.pelita.enrolment.CohortNominated;
import id.pelita.enrolment.CohortNominated.Nominee;
import id.pelita.enrolment.EnrolledRun;
import id.pelita.enrolment.EnrolmentSource;
import id.pelita.enrolment.EnrolmentStatus;
import id.pelita.enrolment.NominationStatus;
import id.pelita.enrolment.RefusalReason;
import id.pelita.enrolment.internal.NominationStore.Line;
import id.pelita.enrolment.internal.SeatKeeper.RunSeats;
import id.pelita.identity.AccountStatus;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.Nip;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.shared.web.InvalidFields;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominates a cohort: validates every NIP (format, duplicates in the request, who it is, whether the coordinator may
 * nominate them), then, holding the run's lock, gives each valid nominee a seat (their agency's reserved seats
 * first, then the general pool), or the waitlist when the run is full, or refuses them when the only free seats are
 * reserved for other agencies. Everything is written with batch statements, and one {@link CohortNominated} event
 * tells the listeners about the whole cohort.
 */
@Component
public class Nominations {

	private static final int INPUT_LENGTH = 100;

	private final EnrolmentStore store;

	private final NominationStore nominations;

	private final SeatKeeper seatKeeper;

	private final PersonDirectory people;

	private final AgencyService agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EnrolmentAudit audit;

	Nominations(EnrolmentStore store, NominationStore nominations, SeatKeeper seatKeeper, PersonDirectory people,
			AgencyService agencies, ApplicationEventPublisher events, Clock clock, EnrolmentAudit audit) {
		this.store = store;
		this.audit = audit;
		this.nominations = nominations;
		this.seatKeeper = seatKeeper;
		this.people = people;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/** Nominates the NIPs to the run for the coordinator and returns what was decided. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Nominated nominate(RunDetails run, PelitaUser coordinator, long coordinatorAgencyId, List<String> inputs) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, IndonesianTime.DEFAULT_ZONE);
		List<Draft> drafts = parse(inputs, today);
		refuseWhenNoneIsANip(drafts);
		identify(drafts, this.agencies.subtreeOf(coordinatorAgencyId));
		long nominationId = this.nominations.create(run.id(), coordinator.accountId(), coordinatorAgencyId,
				inputs.size(), now);
		List<Nominee> nominees = run.registrationOpen() ? enrol(run, drafts, coordinator.accountId(), nominationId, now)
				: refuseAll(drafts, RefusalReason.REGISTRATION_CLOSED);
		List<Line> lines = drafts.stream().map(Draft::line).toList();
		this.nominations.complete(nominationId, lines);
		int refused = (int) lines.stream().filter(line -> line.status() == NominationStatus.REFUSED).count();
		this.events.publishEvent(new CohortNominated(nominationId, EnrolledRun.of(run), coordinator.accountId(),
				nominees, refused));
		Map<Long, PersonRef> persons = new HashMap<>();
		drafts.stream().filter(draft -> draft.person != null)
			.forEach(draft -> persons.put(draft.person.accountId(), draft.person));
		this.audit.nominated(nominationId, run.id(), lines, persons);
		Map<Long, String> names = new HashMap<>();
		persons.values().forEach(person -> names.put(person.accountId(), person.fullName()));
		return new Nominated(nominationId, now, lines, names);
	}

	/** A nomination just made: its id, when, its outcome per NIP, and the names of the people it found. */
	public record Nominated(long id, Instant at, List<Line> lines, Map<Long, String> names) {
	}

	private static List<Draft> parse(List<String> inputs, LocalDate today) {
		List<Draft> drafts = new ArrayList<>(inputs.size());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			String input = inputs.get(i) == null ? "" : inputs.get(i).strip();
			Draft draft = new Draft(i + 1,
					input.length() > INPUT_LENGTH ? input.substring(0, INPUT_LENGTH) : input);
			drafts.add(draft);
			try {
				draft.nip = Nip.parse(input, today).value();
			}
			catch (Nip.InvalidNip ex) {
				draft.invalid = ex;
				Object[] arguments = ex.arguments();
				draft.refuse(RefusalReason.INVALID_NIP, ex.messageKey(),
						arguments.length == 0 ? null : String.valueOf(arguments[0]));
				continue;
			}
			if (!seen.add(draft.nip)) {
				draft.refuse(RefusalReason.DUPLICATE_IN_REQUEST);
			}
		}
		return drafts;
	}

	/**
	 * A request in which not one entry is a NIP is a malformed request, not a nomination: it is refused as a whole
	 * (a 400 with the reason per entry over the API) and nothing of it is kept. A batch with at least one
	 * well-formed NIP is recorded with its refusals, as a record of what was asked.
	 */
	private static void refuseWhenNoneIsANip(List<Draft> drafts) {
		if (drafts.stream().anyMatch(draft -> draft.invalid == null)) {
			return;
		}
		throw new InvalidFields(drafts.stream()
			.map(draft -> InvalidFields.FieldProblem.of("nips[" + (draft.line - 1) + "]", draft.invalid))
			.toList());
	}

	private void identify(List<Draft> drafts, Set<Long> subtree) {
		List<String> nips = drafts.stream().filter(Draft::open).map(draft -> draft.nip).toList();
		Map<String, PersonRef> byNip = this.people.findByNips(nips)
			.stream()
			.collect(Collectors.toMap(PersonRef::nip, Function.identity(), (a, b) -> a));
		for (Draft draft : drafts) {
			if (!draft.open()) {
				continue;
			}
			PersonRef person = byNip.get(draft.nip);
			if (person == null) {
				draft.refuse(RefusalReason.NOT_FOUND);
				continue;
			}
			draft.person = person;
			if (person.agencyId() == null || !subtree.contains(person.agencyId())) {
				draft.refuse(RefusalReason.NOT_IN_AGENCY);
			}
			else if (person.status() == AccountStatus.DISABLED) {
				draft.refuse(RefusalReason.NOT_ELIGIBLE);
			}
		}
	}

	private List<Nominee> enrol(RunDetails run, List<Draft> drafts, long coordinatorId, long nominationId,
			Instant now) {
		RunSeats seats = this.seatKeeper.open(run);
		Map<Long, Enrolment> existing = new HashMap<>();
		int waiting = 0;
		for (Enrolment enrolment : this.store.ofRun(run.id())) {
			existing.put(enrolment.accountId(), enrolment);
			if (enrolment.status() == EnrolmentStatus.WAITLISTED) {
				waiting++;
			}
		}
		List<Enrolment> created = new ArrayList<>();
		List<Enrolment> restarted = new ArrayList<>();
		Map<Draft, Enrolment> placed = new HashMap<>();
		for (Draft draft : drafts) {
			if (!draft.open()) {
				continue;
			}
			PersonRef person = draft.person;
			Enrolment previous = existing.get(person.accountId());
			if (previous != null && previous.status().active()) {
				draft.refuse(RefusalReason.ALREADY_ENROLLED);
				continue;
			}
			Long reservation = seats.reservationFor(person.agencyId());
			Enrolment enrolment = previous == null ? Enrolment.start(run.id(), person.accountId(),
					person.agencyId(), reservation, EnrolmentSource.NOMINATION, now) : previous;
			if (previous != null) {
				previous.restart(person.agencyId(), reservation, EnrolmentSource.NOMINATION, now);
			}
			if (seats.trySeat(enrolment, now)) {
				draft.status = NominationStatus.CONFIRMED;
			}
			else if (seats.full()) {
				seats.waitlist(enrolment, now);
				waiting++;
				draft.status = NominationStatus.WAITLISTED;
				draft.waitlistPosition = waiting;
			}
			else {
				draft.refuse(RefusalReason.AGENCY_SEATS_EXHAUSTED);
				continue;
			}
			enrolment.nominatedIn(nominationId);
			enrolment.decidedBy(coordinatorId, now);
			(previous == null ? created : restarted).add(enrolment);
			placed.put(draft, enrolment);
		}
		this.store.insertAll(created);
		this.store.updateAll(restarted);
		seats.save();
		Map<Long, Long> ids = this.store.idsOfNomination(nominationId);
		List<Nominee> nominees = new ArrayList<>(placed.size());
		for (Draft draft : drafts) {
			if (placed.containsKey(draft)) {
				draft.enrolmentId = ids.get(draft.person.accountId());
				nominees.add(new Nominee(draft.person.accountId(), draft.enrolmentId, draft.status,
						draft.waitlistPosition, draft.person.email(), draft.person.language()));
			}
		}
		return nominees;
	}

	private static List<Nominee> refuseAll(List<Draft> drafts, RefusalReason reason) {
		drafts.stream().filter(Draft::open).forEach(draft -> draft.refuse(reason));
		return List.of();
	}

	/** One NIP of the request while it is being decided. */
	private static final class Draft {

		private final int line;

		private final String input;

		private @Nullable String nip;

		/** Why the input is no NIP, when it is none. */
		private Nip.@Nullable InvalidNip invalid;

		private @Nullable PersonRef person;

		private @Nullable NominationStatus status;

		private @Nullable RefusalReason reason;

		private @Nullable String messageKey;

		private @Nullable String messageArgument;

		private @Nullable Integer waitlistPosition;

		private @Nullable Long enrolmentId;

		Draft(int line, String input) {
			this.line = line;
			this.input = input;
		}

		boolean open() {
			return this.status == null;
		}

		void refuse(RefusalReason why) {
			refuse(why, why.messageKey(), null);
		}

		void refuse(RefusalReason why, String key, @Nullable String argument) {
			this.status = NominationStatus.REFUSED;
			this.reason = why;
			this.messageKey = key;
			this.messageArgument = argument;
		}

		Line line() {
			return new Line(this.line, this.input, this.nip, this.person == null ? null : this.person.accountId(),
					this.enrolmentId, this.status, this.reason, this.waitlistPosition, this.messageKey,
					this.messageArgument);
		}

	}

}
