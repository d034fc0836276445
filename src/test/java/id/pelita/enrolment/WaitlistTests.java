package id.pelita.enrolment;

import java.util.List;
import java.util.Map;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.identity.PersonRef;
import id.pelita.shared.time.IndonesianTime;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static id.pelita.enrolment.EnrolmentFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waitlist promotion: when a seat is freed by a cancellation, and by the promotion job for seats added.
 * Against a real database: H2 and PostgreSQL by the subclasses.
 */
@RecordApplicationEvents
abstract class WaitlistTests extends EnrolmentTestBase {

	@Test
	void cancellingAConfirmedSeatPromotesTheFirstWaitlistedAndTellsThem(@Autowired ApplicationEvents events) {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = this.fixtures.employees(3, this.serangOpd);
		people.forEach(person -> this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId)));
		this.fixtures.as(participant(people.get(0)), () -> this.enrolments.cancel(runId));
		assertThat(status(people.get(0), runId)).isEqualTo(EnrolmentStatus.CANCELLED);
		MyEnrolment promoted = this.fixtures.as(participant(people.get(1)), () -> this.enrolments.myEnrolment(runId)).orElseThrow();
		assertThat(promoted.status()).isEqualTo(EnrolmentStatus.CONFIRMED);
		MyEnrolment still = this.fixtures.as(participant(people.get(2)), () -> this.enrolments.myEnrolment(runId)).orElseThrow();
		assertThat(still.waitlistPosition()).isEqualTo(1);
		assertThat(events.stream(EnrolmentPromoted.class)).anyMatch(
				event -> event.accountId() == people.get(1).accountId() && event.run().runId() == runId);
		assertThat(this.fixtures.outbox("enrolment-promoted", people.get(1).accountId())).isEqualTo(1);
		assertThat(this.enrolments.seatsLeft(runId)).isZero();
	}

	@Test
	void seatsAddedByTheOrganiserGoToTheWaitlistInOrderWhenThePromotionRuns() {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = this.fixtures.employees(4, this.serangOpd);
		people.forEach(person -> this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId)));
		RunService runs = this.context.getBean(RunService.class);
		this.fixtures.asSystem(() -> {
			RunDetails run = runs.run(runId);
			runs.updateRun(runId, new RunDraft(run.courseId(), run.name(), run.month(),
					run.registrationOpensAt().atZone(IndonesianTime.WIB).toLocalDateTime(),
					run.registrationClosesAt().atZone(IndonesianTime.WIB).toLocalDateTime(), run.startsOn(),
					run.endsOn(), 3, run.agencySeats(), run.enrolmentMode()));
			return null;
		});
		assertThat(this.waitlist.runsWithWaitlist()).contains(runId);
		assertThat(this.waitlist.promote(runId)).isEqualTo(2);
		assertThat(this.waitlist.promote(runId)).isZero();
		for (int i = 0; i < 4; i++) {
			MyEnrolment mine = this.fixtures.as(participant(people.get(i)), () -> this.enrolments.myEnrolment(runId))
				.orElseThrow();
			assertThat(mine.status()).isEqualTo(i < 3 ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.WAITLISTED);
		}
		assertThat(this.fixtures.outbox("enrolment-promoted", people.get(1).accountId())).isEqualTo(1);
		assertThat(this.fixtures.outbox("enrolment-promoted", people.get(2).accountId())).isEqualTo(1);
		assertThat(this.fixtures.outbox("enrolment-promoted", people.get(3).accountId())).isZero();
	}

	@Test
	void cancellingAWaitlistedPlaceClosesTheGapInTheWaitlist() {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = this.fixtures.employees(4, this.serangOpd);
		people.forEach(person -> this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId)));
		this.fixtures.as(participant(people.get(2)), () -> this.enrolments.cancel(runId));
		assertThat(this.fixtures.as(participant(people.get(3)), () -> this.enrolments.myEnrolment(runId)).orElseThrow()
			.waitlistPosition()).isEqualTo(2);
		assertThat(status(people.get(0), runId)).isEqualTo(EnrolmentStatus.CONFIRMED);
	}

	@Test
	void aFreedReservedSeatGoesToTheFirstWaitlistedPersonOfThatAgency() {
		long runId = this.fixtures.openRun(2, Map.of(this.lebak, 1), EnrolmentMode.OPEN);
		List<PersonRef> serang = this.fixtures.employees(2, this.serangOpd);
		List<PersonRef> lebakPeople = this.fixtures.employees(2, this.lebak);
		enrol(serang.get(0), runId);
		assertThat(enrol(serang.get(1), runId).status()).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(enrol(lebakPeople.get(0), runId).status()).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(enrol(lebakPeople.get(1), runId).waitlistPosition()).isEqualTo(2);
		this.fixtures.as(participant(lebakPeople.get(0)), () -> this.enrolments.cancel(runId));
		assertThat(status(lebakPeople.get(1), runId)).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(status(serang.get(1), runId)).isEqualTo(EnrolmentStatus.WAITLISTED);
		this.fixtures.as(participant(serang.get(0)), () -> this.enrolments.cancel(runId));
		assertThat(status(serang.get(1), runId)).isEqualTo(EnrolmentStatus.CONFIRMED);
	}

	@Test
	void aFreedReservedSeatIsRefilledFromTheGeneralPoolSoTheWaitlistMovesOn() {
		long runId = this.fixtures.openRun(2, Map.of(this.lebak, 1), EnrolmentMode.OPEN);
		List<PersonRef> lebakPeople = this.fixtures.employees(2, this.lebak);
		PersonRef serang = this.fixtures.employee(this.serangOpd);
		enrol(lebakPeople.get(0), runId);
		enrol(lebakPeople.get(1), runId);
		assertThat(enrol(serang, runId).status()).isEqualTo(EnrolmentStatus.WAITLISTED);
		this.fixtures.as(participant(lebakPeople.get(0)), () -> this.enrolments.cancel(runId));
		assertThat(status(serang, runId)).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(status(lebakPeople.get(1), runId)).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(this.enrolments.seatsLeft(runId)).isZero();
	}

}
