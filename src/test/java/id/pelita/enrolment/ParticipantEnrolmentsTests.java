package id.pelita.enrolment;

import java.util.List;
import java.util.Map;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunService;
import id.pelita.catalog.SeatAvailability;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static id.pelita.enrolment.EnrolmentFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The participant's own enrolments: enrol, cancel, my courses, seats left.
 * Against a real database: H2 and PostgreSQL by the subclasses.
 */
abstract class ParticipantEnrolmentsTests extends EnrolmentTestBase {

	@Test
	void confirmsWhileSeatsLastThenWaitlistsInArrivalOrder() {
		long runId = this.fixtures.openRun(2, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = this.fixtures.employees(4, this.serangOpd);
		List<EnrolmentOutcome> outcomes = people.stream()
			.map(person -> this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId)))
			.toList();
		assertThat(outcomes).extracting(EnrolmentOutcome::status)
			.containsExactly(EnrolmentStatus.CONFIRMED, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED,
					EnrolmentStatus.WAITLISTED);
		assertThat(outcomes).extracting(EnrolmentOutcome::waitlistPosition).containsExactly(null, null, 1, 2);
		assertThat(this.enrolments.seatsLeft(runId)).isZero();
		MyEnrolment fourth = this.fixtures.as(participant(people.get(3)), () -> this.enrolments.myEnrolments()).getFirst();
		assertThat(fourth.run().id()).isEqualTo(runId);
		assertThat(fourth.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(fourth.waitlistPosition()).isEqualTo(2);
		assertThat(this.fixtures.outbox("enrolment-confirmed", people.get(0).accountId())).isEqualTo(1);
		assertThat(this.fixtures.outbox("enrolment-waitlisted", people.get(3).accountId())).isEqualTo(1);
		assertThat(this.context.getBean(SeatAvailability.class).confirmedSeats(List.of(runId)))
			.containsEntry(runId, 2);
	}

	@Test
	void aCancelledParticipantMayEnrolAgainAndJoinsTheEndOfTheLine() {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = this.fixtures.employees(2, this.serangOpd);
		people.forEach(person -> this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId)));
		this.fixtures.as(participant(people.get(0)), () -> this.enrolments.cancel(runId));
		EnrolmentOutcome again = this.fixtures.as(participant(people.get(0)), () -> this.enrolments.enrol(runId));
		assertThat(again.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(again.waitlistPosition()).isEqualTo(1);
	}

	@Test
	void refusesSelfEnrolmentInANominationOnlyRunWithAClearMessage() {
		long runId = this.fixtures.openRun(10, Map.of(), EnrolmentMode.NOMINATION_ONLY);
		PersonRef person = this.fixtures.employee(this.serangOpd);
		UserFacingException refusal = refusal(() -> this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId)));
		assertThat(refusal.messageKey()).isEqualTo("enrolment.error.nominationOnly");
		assertThat(this.translations.translate(refusal.messageKey(), Translations.INDONESIAN))
			.contains("dinominasikan oleh Admin OPD");
		assertThat(status(person, runId)).isNull();
	}

	@Test
	void refusesASecondEnrolmentOfTheSamePerson() {
		long runId = this.fixtures.openRun(10, Map.of(), EnrolmentMode.OPEN);
		PersonRef person = this.fixtures.employee(this.serangOpd);
		this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId));
		assertThat(refusal(() -> this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId))).messageKey())
			.isEqualTo("enrolment.error.alreadyEnrolled");
		assertThat(this.enrolments.seatsLeft(runId)).isEqualTo(9);
	}

	@Test
	void refusesEnrolmentWhenRegistrationIsClosed() {
		long runId = this.fixtures.openRun(10, Map.of(), EnrolmentMode.OPEN);
		this.fixtures.asSystem(() -> {
			this.context.getBean(RunService.class).closeRegistration(runId);
			return null;
		});
		PersonRef person = this.fixtures.employee(this.serangOpd);
		assertThat(refusal(() -> this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId))).messageKey())
			.isEqualTo("enrolment.error.registrationClosed");
	}

	@Test
	void onlyParticipantsEnrolAndCancelForThemselves() {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN);
		PersonRef person = this.fixtures.employee(this.serangOpd);
		PelitaUser organiserOnly = EnrolmentFixtures.user(person.accountId(), "org" + person.accountId(), null,
				Role.ORGANISER);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.fixtures.as(organiserOnly, () -> this.enrolments.enrol(runId)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.fixtures.as(organiserOnly, () -> this.enrolments.cancel(runId)));
		assertThat(status(person, runId)).isNull();
		assertThat(this.enrolments.seatsLeft(runId)).isEqualTo(5);
	}

}
