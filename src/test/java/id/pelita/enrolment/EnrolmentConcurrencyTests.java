package id.pelita.enrolment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import id.pelita.agency.AgencyService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.SeatAvailability;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.Race;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static id.pelita.enrolment.EnrolmentFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seats under real concurrency: hundreds of threads, each signed in as a different participant, released together
 * by a latch against one run; and two coordinators whose agency trees overlap nominating overlapping cohorts at once.
 * Run on H2 and PostgreSQL by the subclasses.
 */
abstract class EnrolmentConcurrencyTests {

	private static final int SEATS = 100;

	private static final int RESERVED = 20;

	private static final int PEOPLE = 500;

	private static final int TWICE = 50;

	@Autowired
	ApplicationContext context;

	@Autowired
	ParticipantEnrolments enrolments;

	@Autowired
	RunParticipants participants;

	@Autowired
	AgencyEnrolments agency;

	@Autowired
	JdbcTemplate jdbc;

	EnrolmentFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new EnrolmentFixtures(this.context);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void fiveHundredConcurrentEnrolmentsFillExactlyTheSeatsAndWaitlistTheRestWithoutGaps() throws Exception {
		long serang = this.fixtures.agency("36.04");
		long runId = this.fixtures.openRun(SEATS, Map.of(serang, RESERVED), EnrolmentMode.OPEN);
		List<PersonRef> people = participants(PEOPLE);
		List<PersonRef> attempts = new ArrayList<>(people);
		attempts.addAll(people.subList(0, TWICE));
		Collections.shuffle(attempts);

		List<Object> results = race(attempts.stream()
			.map(person -> (Callable<Object>) () -> this.fixtures.as(participant(person),
					() -> this.enrolments.enrol(runId)))
			.toList());

		List<EnrolmentOutcome> outcomes = results.stream()
			.filter(EnrolmentOutcome.class::isInstance)
			.map(EnrolmentOutcome.class::cast)
			.toList();
		List<Object> refusals = results.stream().filter(result -> !(result instanceof EnrolmentOutcome)).toList();
		assertThat(refusals).hasSize(TWICE)
			.allSatisfy(refusal -> assertThat(refusal).isInstanceOf(UserFacingException.class)
				.extracting(ex -> ((UserFacingException) ex).messageKey())
				.isEqualTo("enrolment.error.alreadyEnrolled"));
		assertThat(outcomes).hasSize(PEOPLE);
		assertThat(outcomes).filteredOn(outcome -> outcome.status() == EnrolmentStatus.CONFIRMED).hasSize(SEATS);
		assertThat(outcomes).filteredOn(outcome -> outcome.status() == EnrolmentStatus.WAITLISTED)
			.extracting(EnrolmentOutcome::waitlistPosition)
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());

		SignIn.as(this.context, "penyelenggara");
		List<Participant> participants = this.participants.participants(runId);
		SignIn.out();
		assertThat(participants).hasSize(PEOPLE);
		assertThat(participants.stream().map(Participant::accountId).distinct()).hasSize(PEOPLE);
		assertThat(participants).filteredOn(p -> p.status() == EnrolmentStatus.CONFIRMED).hasSize(SEATS);
		assertThat(participants).filteredOn(p -> p.status() == EnrolmentStatus.WAITLISTED)
			.extracting(Participant::waitlistPosition)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());
		assertThat(this.context.getBean(SeatAvailability.class).confirmedSeats(List.of(runId)))
			.containsEntry(runId, SEATS);
		assertThat(confirmedInPool(runId, serang)).isEqualTo(RESERVED);
		assertThat(confirmedInPool(runId, 0)).isEqualTo(SEATS - RESERVED);
	}

	@Test
	void twoCoordinatorsNominatingOverlappingCohortsAtOnceNeverEnrolAnyoneTwiceNorOversell() throws Exception {
		long serang = this.fixtures.agency("36.04");
		long province = this.fixtures.agency("36");
		long runId = this.fixtures.openRun(70, Map.of(serang, 30), EnrolmentMode.NOMINATION_ONLY);
		List<PersonRef> serangPeople = this.fixtures.employees(80, this.fixtures.agency("36.04.03"));
		List<PersonRef> provincePeople = this.fixtures.employees(20, this.fixtures.agency("36.00.01"));
		PelitaUser regencyCoordinator = this.fixtures.coordinator(serang);
		PelitaUser provinceCoordinator = this.fixtures.coordinator(province);
		List<String> first = serangPeople.subList(0, 60).stream().map(PersonRef::nip).toList();
		List<String> second = new ArrayList<>(serangPeople.subList(20, 80).stream().map(PersonRef::nip).toList());
		second.addAll(provincePeople.stream().map(PersonRef::nip).toList());

		List<Object> results = race(List.of(
				() -> this.fixtures.as(regencyCoordinator, () -> this.agency.nominate(runId, first)),
				() -> this.fixtures.as(provinceCoordinator, () -> this.agency.nominate(runId, second))));

		assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(NominationResult.class));
		List<NominationOutcome> outcomes = results.stream()
			.flatMap(result -> ((NominationResult) result).outcomes().stream())
			.toList();
		Set<String> placed = new HashSet<>();
		for (NominationOutcome outcome : outcomes) {
			if (outcome.status() == NominationStatus.CONFIRMED || outcome.status() == NominationStatus.WAITLISTED) {
				assertThat(placed.add(outcome.nip())).as("placed once: " + outcome.nip()).isTrue();
			}
			else {
				assertThat(outcome.reason()).isIn(RefusalReason.ALREADY_ENROLLED, RefusalReason.AGENCY_SEATS_EXHAUSTED);
			}
		}
		assertThat(outcomes).filteredOn(outcome -> outcome.reason() == RefusalReason.ALREADY_ENROLLED).hasSize(40);
		assertThat(placed).hasSize(100);
		Integer rows = this.jdbc.queryForObject(
				"select count(*) from enrolment where run_id = ? and status in ('CONFIRMED', 'WAITLISTED')",
				Integer.class, runId);
		assertThat(rows).isEqualTo(100);
		assertThat(this.context.getBean(SeatAvailability.class).confirmedSeats(List.of(runId)))
			.containsEntry(runId, 70);
		assertThat(confirmedInPool(runId, serang)).isEqualTo(30);
		assertThat(confirmedInPool(runId, 0)).isEqualTo(40);
		assertThat(outcomes).filteredOn(outcome -> outcome.status() == NominationStatus.CONFIRMED).hasSize(70);
	}

	/** Distinct people of the Banten agencies (the demo employees first), made up to {@code count} with new ones. */
	private List<PersonRef> participants(int count) {
		Set<Long> banten = this.context.getBean(AgencyService.class).subtreeOf(this.fixtures.agency("36"));
		List<PersonRef> people = new ArrayList<>(this.context.getBean(PersonDirectory.class)
			.inAgencies(banten)
			.stream()
			.filter(person -> person.nip() != null)
			.limit(count)
			.toList());
		if (people.size() < count) {
			people.addAll(this.fixtures.employees(count - people.size(), this.fixtures.agency("36.00.02")));
		}
		return people;
	}

	/** Runs every task on its own thread, all released at once; returns each result or the exception it threw. */
	private static List<Object> race(List<Callable<Object>> tasks) throws InterruptedException {
		return Race.run(tasks);
	}

	private int confirmedInPool(long runId, long pool) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from enrolment where run_id = ? and status = 'CONFIRMED' and seat_pool = ?",
				Integer.class, runId, pool);
		return count == null ? 0 : count;
	}

}
