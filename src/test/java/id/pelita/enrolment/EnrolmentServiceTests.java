package id.pelita.enrolment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDetails;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.catalog.SeatAvailability;
import id.pelita.identity.AccountService;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static id.pelita.enrolment.EnrolmentFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Enrolment rules against a real database; run on H2 and PostgreSQL by the subclasses. */
@RecordApplicationEvents
abstract class EnrolmentServiceTests {

	static final String COORDINATOR_NIP = "198107222006041002";

	@Autowired
	ApplicationContext context;

	@Autowired
	EnrolmentService enrolments;

	@Autowired
	Translations translations;

	EnrolmentFixtures fixtures;

	long serangOpd;

	long lebak;

	@BeforeEach
	void setUp() {
		this.fixtures = new EnrolmentFixtures(this.context);
		this.serangOpd = this.fixtures.agency("36.04.02");
		this.lebak = this.fixtures.agency("36.02");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

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
		assertThat(this.enrolments.runsWithWaitlist()).contains(runId);
		assertThat(this.enrolments.promoteWaitlist(runId)).isEqualTo(2);
		assertThat(this.enrolments.promoteWaitlist(runId)).isZero();
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
	void approvalModeWaitsForTheCoordinatorWhoseApprovalTakesTheSeat() {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.OPEN_WITH_APPROVAL);
		List<PersonRef> people = this.fixtures.employees(3, this.serangOpd);
		List<EnrolmentOutcome> requested = people.stream()
			.map(person -> this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId)))
			.toList();
		assertThat(requested).extracting(EnrolmentOutcome::status).containsOnly(EnrolmentStatus.PENDING_APPROVAL);
		assertThat(this.enrolments.seatsLeft(runId)).isEqualTo(1);

		PelitaUser lebakCoordinator = this.fixtures.coordinator(this.lebak);
		assertThat(this.fixtures.as(lebakCoordinator, () -> this.enrolments.pendingApprovals()))
			.noneMatch(pending -> pending.runId() == runId);
		assertThat(refusal(() -> this.fixtures.as(lebakCoordinator, () -> this.enrolments.approve(requested.get(0).enrolmentId())))
			.messageKey()).isEqualTo("approvals.error.notFound");

		SignIn.as(this.context, "koordinator");
		assertThat(this.enrolments.pendingApprovals()).filteredOn(pending -> pending.runId() == runId)
			.extracting(PendingApproval::accountId)
			.containsExactlyElementsOf(people.stream().map(PersonRef::accountId).toList());
		assertThat(this.enrolments.approve(requested.get(0).enrolmentId()).status())
			.isEqualTo(EnrolmentStatus.CONFIRMED);
		EnrolmentOutcome second = this.enrolments.approve(requested.get(1).enrolmentId());
		assertThat(second.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(second.waitlistPosition()).isEqualTo(1);
		assertThat(refusal(() -> this.enrolments.reject(requested.get(2).enrolmentId(), " ")).messageKey())
			.isEqualTo("approvals.error.reasonRequired");
		this.enrolments.reject(requested.get(2).enrolmentId(), "Kuota diklat unit sudah terpenuhi");
		assertThat(refusal(() -> this.enrolments.approve(requested.get(2).enrolmentId())).messageKey())
			.isEqualTo("approvals.error.notPending");
		assertThat(this.enrolments.pendingApprovals()).noneMatch(pending -> pending.runId() == runId);
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
			.isThrownBy(() -> this.fixtures.as(participant(person), () -> this.enrolments.nominate(runId, List.of(person.nip()))));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.fixtures.as(participant(person), () -> this.enrolments.pendingApprovals()));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.fixtures.as(participant(person), () -> this.enrolments.participants(runId)));
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
		this.enrolments.nominate(runId, List.of(serang.get(1).nip()));
		String unknown = unusedNip();
		String spaced = serang.get(0).nip().substring(0, 8) + " " + serang.get(0).nip().substring(8, 14) + " "
				+ serang.get(0).nip().substring(14, 15) + " " + serang.get(0).nip().substring(15);
		NominationResult result = this.enrolments.nominate(runId, List.of(spaced, "19850312 2010", unknown,
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

		NominationResult readBack = this.enrolments.nominationResult(result.nominationId());
		assertThat(readBack.outcomes()).isEqualTo(result.outcomes());
		assertThat(readBack.runId()).isEqualTo(runId);
		long coordinatorId = this.context.getBean(PersonDirectory.class).findByNip(COORDINATOR_NIP).orElseThrow()
			.accountId();
		assertThat(this.fixtures.outbox("nomination-result", coordinatorId)).isGreaterThanOrEqualTo(2);
		assertThat(this.fixtures.outbox("enrolment-confirmed", serang.get(0).accountId())).isEqualTo(1);

		PelitaUser lebakCoordinator = this.fixtures.coordinator(this.lebak);
		assertThat(refusal(() -> this.fixtures.as(lebakCoordinator, () -> this.enrolments.nominationResult(result.nominationId())))
			.messageKey()).isEqualTo("nomination.error.notFound");
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
		NominationResult result = this.enrolments.nominate(runId, serang.stream().map(PersonRef::nip).toList());
		assertThat(result.outcomes()).extracting(NominationOutcome::reason)
			.containsOnly(RefusalReason.REGISTRATION_CLOSED);
		assertThat(refusal(() -> this.enrolments.nominate(runId, List.of())).messageKey())
			.isEqualTo("nomination.error.empty");
	}

	@Test
	void nominationRefusesWhenOnlyOtherAgenciesSeatsAreLeftAndWaitlistsWhenTheRunIsFull() {
		long runId = this.fixtures.openRun(3, Map.of(this.lebak, 2), EnrolmentMode.NOMINATION_ONLY);
		List<PersonRef> serang = this.fixtures.employees(2, this.serangOpd);
		long lebakOpd = this.fixtures.agency("36.02");
		List<PersonRef> lebakPeople = this.fixtures.employees(3, lebakOpd);
		SignIn.as(this.context, "koordinator");
		NominationResult fromSerang = this.enrolments.nominate(runId, serang.stream().map(PersonRef::nip).toList());
		assertThat(fromSerang.outcomes()).extracting(NominationOutcome::status)
			.containsExactly(NominationStatus.CONFIRMED, NominationStatus.REFUSED);
		assertThat(fromSerang.outcomes().get(1).reason()).isEqualTo(RefusalReason.AGENCY_SEATS_EXHAUSTED);
		NominationResult fromLebak = this.fixtures.as(this.fixtures.coordinator(this.lebak),
				() -> this.enrolments.nominate(runId, lebakPeople.stream().map(PersonRef::nip).toList()));
		assertThat(fromLebak.outcomes()).extracting(NominationOutcome::status)
			.containsExactly(NominationStatus.CONFIRMED, NominationStatus.CONFIRMED, NominationStatus.WAITLISTED);
		assertThat(fromLebak.outcomes().get(2).waitlistPosition()).isEqualTo(1);
		assertThat(this.enrolments.seatsLeft(runId)).isZero();
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

	@Test
	void organiserAddsAndRemovesParticipantsWithAReasonThatIsAudited() {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.NOMINATION_ONLY);
		List<PersonRef> people = this.fixtures.employees(2, this.serangOpd);
		SignIn.as(this.context, "penyelenggara");
		assertThat(refusal(() -> this.enrolments.addParticipant(runId, people.get(0).accountId(), "")).messageKey())
			.isEqualTo("participants.error.reasonRequired");
		EnrolmentOutcome first = this.enrolments.addParticipant(runId, people.get(0).accountId(),
				"Pengganti peserta yang sakit");
		assertThat(first.status()).isEqualTo(EnrolmentStatus.CONFIRMED);
		EnrolmentOutcome second = this.enrolments.addParticipantByNip(runId, people.get(1).nip(), "Permintaan BKD");
		assertThat(second.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(refusal(() -> this.enrolments.addParticipant(runId, people.get(0).accountId(), "Lagi"))
			.messageKey()).isEqualTo("participants.error.alreadyEnrolled");
		this.enrolments.removeParticipant(first.enrolmentId(), "Mutasi ke instansi lain");

		List<Participant> participants = this.enrolments.participants(runId);
		assertThat(participants).extracting(Participant::accountId, Participant::status)
			.containsExactly(tuple(people.get(1).accountId(), EnrolmentStatus.CONFIRMED),
					tuple(people.get(0).accountId(), EnrolmentStatus.CANCELLED));
		assertThat(participants.get(0).nip()).isEqualTo(people.get(1).nip());
		assertThat(participants.get(0).agencyName()).isEqualTo("Dinas Kesehatan Kabupaten Serang");
		assertThat(participants.get(1).reason()).isEqualTo("Mutasi ke instansi lain");
		assertThat(this.enrolments.participantChanges(runId))
			.extracting(ParticipantChange::kind, ParticipantChange::reason, ParticipantChange::actorName)
			.containsExactly(
					tuple(ParticipantChange.Kind.ADDED, "Pengganti peserta yang sakit",
							"Rina Kusumawardani, S.Sos., M.Si."),
					tuple(ParticipantChange.Kind.ADDED, "Permintaan BKD",
							"Rina Kusumawardani, S.Sos., M.Si."),
					tuple(ParticipantChange.Kind.REMOVED, "Mutasi ke instansi lain",
							"Rina Kusumawardani, S.Sos., M.Si."));
		SignIn.out();
		assertThat(this.fixtures.outbox("enrolment-removed", people.get(0).accountId())).isEqualTo(1);
		assertThat(this.fixtures.outbox("enrolment-promoted", people.get(1).accountId())).isEqualTo(1);
		long openRun = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN);
		assertThat(enrol(people.get(0), openRun).status()).isEqualTo(EnrolmentStatus.CONFIRMED);
	}

	@Test
	void aRemovedParticipantCannotEnrolThemselvesAgain() {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN);
		PersonRef person = this.fixtures.employee(this.serangOpd);
		EnrolmentOutcome outcome = enrol(person, runId);
		SignIn.as(this.context, "penyelenggara");
		this.enrolments.removeParticipant(outcome.enrolmentId(), "Tidak memenuhi syarat jabatan");
		SignIn.out();
		assertThat(refusal(() -> enrol(person, runId)).messageKey()).isEqualTo("enrolment.error.removed");
	}

	@Test
	void exportsParseBackAsCsvForExcelAndAsXlsx() throws IOException {
		long runId = this.fixtures.openRun(1, Map.of(), EnrolmentMode.OPEN);
		List<PersonRef> people = this.fixtures.employees(2, this.serangOpd);
		people.forEach(person -> enrol(person, runId));
		SignIn.as(this.context, "penyelenggara");

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		this.enrolments.exportParticipants(runId, SpreadsheetFormat.CSV, csv);
		byte[] bytes = csv.toByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.parse(text,
				CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get())) {
			records = parser.getRecords();
		}
		assertThat(records).hasSize(3);
		assertThat(records.get(0).values()).containsExactly("No", "NIP", "Nama", "Instansi", "Status",
				"Urutan daftar tunggu", "Cara mendaftar", "Waktu mendaftar", "Keterangan");
		assertThat(records.get(1).get(1)).isEqualTo(people.get(0).nip());
		assertThat(records.get(1).get(4)).isEqualTo("Terdaftar");
		assertThat(records.get(2).get(4)).isEqualTo("Daftar tunggu");
		assertThat(records.get(2).get(5)).isEqualTo("1");

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		this.enrolments.exportParticipants(runId, SpreadsheetFormat.XLSX, xlsx);
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCellText(i));
				}
				rows.add(cells);
			}
		}
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).get(2)).isEqualTo("Nama");
		assertThat(rows.get(1).get(1)).isEqualTo(people.get(0).nip());
		assertThat(rows.get(1).get(2)).isEqualTo(people.get(0).fullName());
		assertThat(rows.get(2).get(4)).isEqualTo("Daftar tunggu");
		assertThat(rows.get(2).get(5)).isEqualTo("1");
	}

	private EnrolmentOutcome enrol(PersonRef person, long runId) {
		return this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId));
	}

	private EnrolmentStatus status(PersonRef person, long runId) {
		return this.fixtures.as(participant(person), () -> this.enrolments.myEnrolment(runId))
			.map(MyEnrolment::status)
			.orElse(null);
	}

	private String unusedNip() {
		PersonRef probe;
		String nip;
		do {
			nip = TestData.nip();
			probe = this.context.getBean(PersonDirectory.class).findByNip(nip).orElse(null);
		}
		while (probe != null);
		return nip;
	}

	private static UserFacingException refusal(Executable action) {
		try {
			action.execute();
		}
		catch (UserFacingException ex) {
			return ex;
		}
		catch (Throwable ex) {
			throw new AssertionError("Expected a refusal, got " + ex, ex);
		}
		throw new AssertionError("Expected a refusal");
	}

}
