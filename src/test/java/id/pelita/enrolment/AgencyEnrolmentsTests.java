package id.pelita.enrolment;

import java.util.List;
import java.util.Map;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunService;
import id.pelita.identity.AccountService;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.web.InvalidFields;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static id.pelita.enrolment.EnrolmentFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Agency coordinators' approvals and nominations.
 * Against a real database: H2 and PostgreSQL by the subclasses.
 */
abstract class AgencyEnrolmentsTests extends EnrolmentTestBase {

	@Test
	void approvalModeWaitsForTheCoordinatorWhoseApprovalTakesTheSeat() {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.OPEN_WITH_APPROVAL);
		List<PersonRef> people = this.fixtures.employees(3, this.serangOpd);
		List<EnrolmentOutcome> requested = people.stream()
			.map(person -> this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId)))
			.toList();
		assertThat(requested).extracting(EnrolmentOutcome::status).containsOnly(EnrolmentStatus.PENDING_APPROVAL);
		assertThat(this.enrolments.seatsLeft(runId)).isEqualTo(1);

		PelitaUser lebakCoordinator = this.fixtures.coordinator(this.lebak);
		assertThat(this.fixtures.as(lebakCoordinator, () -> this.agency.pendingApprovals()))
			.noneMatch(pending -> pending.runId() == runId);
		assertThat(refusal(() -> this.fixtures.as(lebakCoordinator, () -> this.agency.approve(requested.get(0).enrolmentId())))
			.messageKey()).isEqualTo("approvals.error.notFound");

		SignIn.as(this.context, "koordinator");
		assertThat(this.agency.pendingApprovals()).filteredOn(pending -> pending.runId() == runId)
			.extracting(PendingApproval::accountId)
			.containsExactlyElementsOf(people.stream().map(PersonRef::accountId).toList());
		assertThat(this.agency.approve(requested.get(0).enrolmentId()).status())
			.isEqualTo(EnrolmentStatus.CONFIRMED);
		EnrolmentOutcome second = this.agency.approve(requested.get(1).enrolmentId());
		assertThat(second.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(second.waitlistPosition()).isEqualTo(1);
		assertThat(refusal(() -> this.agency.reject(requested.get(2).enrolmentId(), " ")).messageKey())
			.isEqualTo("approvals.error.reasonRequired");
		this.agency.reject(requested.get(2).enrolmentId(), "Kuota diklat unit sudah terpenuhi");
		assertThat(refusal(() -> this.agency.approve(requested.get(2).enrolmentId())).messageKey())
			.isEqualTo("approvals.error.notPending");
		assertThat(this.agency.pendingApprovals()).noneMatch(pending -> pending.runId() == runId);
		SignIn.out();

		MyEnrolment rejected = this.fixtures.as(participant(people.get(2)), () -> this.enrolments.myEnrolment(runId)).orElseThrow();
		assertThat(rejected.status()).isEqualTo(EnrolmentStatus.REJECTED);
		assertThat(rejected.reason()).isEqualTo("Kuota diklat unit sudah terpenuhi");
		assertThat(this.fixtures.outbox("enrolment-rejected", people.get(2).accountId())).isEqualTo(1);
		assertThat(this.fixtures.outbox("enrolment-confirmed", people.get(0).accountId())).isEqualTo(1);
		assertThat(refusal(() -> this.fixtures.as(participant(people.get(2)), () -> this.enrolments.enrol(runId))).messageKey())
			.isEqualTo("enrolment.error.rejected");
	}

	@Test
	void participantsCannotApproveOrNominate() {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN);
		PersonRef person = this.fixtures.employee(this.serangOpd);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.fixtures.as(participant(person), () -> this.agency.nominate(runId, List.of(person.nip()))));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.fixtures.as(participant(person), () -> this.agency.pendingApprovals()));
	}

	@Test
	void nominationExplainsEveryRefusalAndCanBeReadBack() {
		long runId = this.fixtures.openRun(20, Map.of(), EnrolmentMode.NOMINATION_ONLY);
		List<PersonRef> serang = this.fixtures.employees(3, this.serangOpd);
		PersonRef outsider = this.fixtures.employee(this.lebak);
		PersonRef disabled = serang.get(2);
		SignIn.as(this.context, "admin");
		this.context.getBean(AccountService.class).setEnabled(disabled.accountId(), false);
		SignIn.as(this.context, "koordinator");
		this.agency.nominate(runId, List.of(serang.get(1).nip()));
		String unknown = unusedNip();
		String spaced = serang.get(0).nip().substring(0, 8) + " " + serang.get(0).nip().substring(8, 14) + " "
				+ serang.get(0).nip().substring(14, 15) + " " + serang.get(0).nip().substring(15);
		NominationResult result = this.agency.nominate(runId, List.of(spaced, "19850312 2010", unknown,
				outsider.nip(), serang.get(0).nip(), disabled.nip(), serang.get(1).nip()));
		assertThat(result.outcomes()).extracting(NominationOutcome::status)
			.containsExactly(NominationStatus.CONFIRMED, NominationStatus.REFUSED, NominationStatus.REFUSED,
					NominationStatus.REFUSED, NominationStatus.REFUSED, NominationStatus.REFUSED,
					NominationStatus.REFUSED);
		assertThat(result.outcomes()).extracting(NominationOutcome::reason)
			.containsExactly(null, RefusalReason.INVALID_NIP, RefusalReason.NOT_FOUND, RefusalReason.NOT_IN_AGENCY,
					RefusalReason.DUPLICATE_IN_REQUEST, RefusalReason.NOT_ELIGIBLE, RefusalReason.ALREADY_ENROLLED);
		assertThat(result.outcomes().get(0).fullName()).isEqualTo(serang.get(0).fullName());
		assertThat(result.outcomes().get(1).message()).isEqualTo("NIP harus 18 digit, bukan 12.");
		assertThat(result.outcomes().get(3).message()).contains("bukan pegawai instansi Anda");
		assertThat(result.count(NominationStatus.CONFIRMED)).isEqualTo(1);

		NominationResult readBack = this.agency.nominationResult(result.nominationId());
		assertThat(readBack.outcomes()).isEqualTo(result.outcomes());
		assertThat(readBack.runId()).isEqualTo(runId);
		long coordinatorId = this.context.getBean(PersonDirectory.class).findByNip(COORDINATOR_NIP).orElseThrow()
			.accountId();
		assertThat(this.fixtures.outbox("nomination-result", coordinatorId)).isGreaterThanOrEqualTo(2);
		assertThat(this.fixtures.outbox("enrolment-confirmed", serang.get(0).accountId())).isEqualTo(1);

		PelitaUser lebakCoordinator = this.fixtures.coordinator(this.lebak);
		assertThat(refusal(() -> this.fixtures.as(lebakCoordinator, () -> this.agency.nominationResult(result.nominationId())))
			.messageKey()).isEqualTo("nomination.error.notFound");
	}

	@Test
	void aBatchOfOnlyMalformedNipsIsRefusedAsAWholeAndNotKept() {
		long runId = this.fixtures.openRun(20, Map.of(), EnrolmentMode.NOMINATION_ONLY);
		JdbcTemplate jdbc = this.context.getBean(JdbcTemplate.class);
		SignIn.as(this.context, "koordinator");
		UserFacingException refused = refusal(
				() -> this.agency.nominate(runId, List.of("123", "19850312 2010", "bukan-nip")));
		assertThat(refused).isInstanceOf(InvalidFields.class);
		assertThat(((InvalidFields) refused).problems()).extracting(InvalidFields.FieldProblem::field)
			.containsExactly("nips[0]", "nips[1]", "nips[2]");
		assertThat(this.translations.translate(refused.messageKey(), Translations.INDONESIAN, refused.arguments()))
			.isEqualTo("NIP harus 18 digit, bukan 3.");
		assertThat(jdbc.queryForObject("select count(*) from nomination where run_id = ?", Integer.class, runId))
			.isZero();

		NominationResult kept = this.agency.nominate(runId, List.of(unusedNip(), "123"));
		assertThat(kept.outcomes()).extracting(NominationOutcome::reason)
			.containsExactly(RefusalReason.NOT_FOUND, RefusalReason.INVALID_NIP);
		assertThat(this.agency.nominationResult(kept.nominationId()).outcomes()).hasSize(2);
		assertThat(jdbc.queryForObject("select count(*) from nomination where run_id = ?", Integer.class, runId))
			.isEqualTo(1);
	}

	@Test
	void nominationToAClosedRunRefusesEveryoneWithTheReason() {
		long runId = this.fixtures.openRun(20, Map.of(), EnrolmentMode.OPEN);
		this.fixtures.asSystem(() -> {
			this.context.getBean(RunService.class).closeRegistration(runId);
			return null;
		});
		List<PersonRef> serang = this.fixtures.employees(2, this.serangOpd);
		SignIn.as(this.context, "koordinator");
		NominationResult result = this.agency.nominate(runId, serang.stream().map(PersonRef::nip).toList());
		assertThat(result.outcomes()).extracting(NominationOutcome::reason)
			.containsOnly(RefusalReason.REGISTRATION_CLOSED);
		assertThat(refusal(() -> this.agency.nominate(runId, List.of())).messageKey())
			.isEqualTo("nomination.error.empty");
	}

	@Test
	void nominationRefusesWhenOnlyOtherAgenciesSeatsAreLeftAndWaitlistsWhenTheRunIsFull() {
		long runId = this.fixtures.openRun(3, Map.of(this.lebak, 2), EnrolmentMode.NOMINATION_ONLY);
		List<PersonRef> serang = this.fixtures.employees(2, this.serangOpd);
		long lebakOpd = this.fixtures.agency("36.02");
		List<PersonRef> lebakPeople = this.fixtures.employees(3, lebakOpd);
		SignIn.as(this.context, "koordinator");
		NominationResult fromSerang = this.agency.nominate(runId, serang.stream().map(PersonRef::nip).toList());
		assertThat(fromSerang.outcomes()).extracting(NominationOutcome::status)
			.containsExactly(NominationStatus.CONFIRMED, NominationStatus.REFUSED);
		assertThat(fromSerang.outcomes().get(1).reason()).isEqualTo(RefusalReason.AGENCY_SEATS_EXHAUSTED);
		NominationResult fromLebak = this.fixtures.as(this.fixtures.coordinator(this.lebak),
				() -> this.agency.nominate(runId, lebakPeople.stream().map(PersonRef::nip).toList()));
		assertThat(fromLebak.outcomes()).extracting(NominationOutcome::status)
			.containsExactly(NominationStatus.CONFIRMED, NominationStatus.CONFIRMED, NominationStatus.WAITLISTED);
		assertThat(fromLebak.outcomes().get(2).waitlistPosition()).isEqualTo(1);
		assertThat(this.enrolments.seatsLeft(runId)).isZero();
	}

}
