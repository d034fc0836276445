package id.pelita.enrolment;

import java.util.List;
import java.util.Map;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.identity.PersonRef;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.audit.AuditQuery;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.audit.AuditTrail;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static id.pelita.enrolment.EnrolmentFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Enrolment changes by staff are entries of the one audit log (object the run, subject the person and their
 * agency, status before and after, the reason): organisers' additions and removals, coordinators' approvals,
 * rejections and nominations; an addition rolled back leaves neither enrolment nor entry.
 */
@H2Test
class EnrolmentAuditTests extends EnrolmentTestBase {

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anOrganisersAdditionAndRemovalAreEntriesWithStatusAndReason() {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.NOMINATION_ONLY);
		PersonRef person = this.fixtures.employee(this.serangOpd);
		PelitaUser organiser = (PelitaUser) SignIn.as(this.context, "penyelenggara").getPrincipal();
		EnrolmentOutcome added = this.participants.addParticipant(runId, person.accountId(), "Pengganti \"sakit\"");
		this.participants.removeParticipant(added.enrolmentId(), "Mutasi\nke instansi lain");

		List<AuditRecord> entries = entries(runId);
		assertThat(entries).extracting(AuditRecord::action, AuditRecord::actorAccountId, AuditRecord::subjectAccountId,
				AuditRecord::subjectAgencyId, AuditRecord::beforeJson, AuditRecord::afterJson)
			.containsExactly(
					tuple("ENROLMENT_REMOVED", organiser.accountId(), person.accountId(), this.serangOpd,
							"{\"status\":\"CONFIRMED\"}", "{\"status\":\"CANCELLED\",\"enrolmentId\":" + added.enrolmentId()
									+ ",\"reason\":\"Mutasi\\nke instansi lain\"}"),
					tuple("ENROLMENT_ADDED", organiser.accountId(), person.accountId(), this.serangOpd, null,
							"{\"enrolmentId\":" + added.enrolmentId()
									+ ",\"status\":\"CONFIRMED\",\"reason\":\"Pengganti \\\"sakit\\\"\"}"));
		assertThat(this.participants.participantChanges(runId))
			.extracting(ParticipantChange::enrolmentId, ParticipantChange::kind, ParticipantChange::reason)
			.containsExactly(tuple(added.enrolmentId(), ParticipantChange.Kind.ADDED, "Pengganti \"sakit\""),
					tuple(added.enrolmentId(), ParticipantChange.Kind.REMOVED, "Mutasi\nke instansi lain"));
	}

	@Test
	void approvalsRejectionsAndNominationsAreEntriesTheCoordinatorsAgencyCanRead() {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.OPEN_WITH_APPROVAL);
		List<PersonRef> people = this.fixtures.employees(3, this.serangOpd);
		List<EnrolmentOutcome> requested = people.subList(0, 2)
			.stream()
			.map(person -> this.fixtures.as(participant(person), () -> this.enrolments.enrol(runId)))
			.toList();
		PelitaUser coordinator = (PelitaUser) SignIn.as(this.context, "koordinator").getPrincipal();
		this.agency.approve(requested.get(0).enrolmentId());
		this.agency.reject(requested.get(1).enrolmentId(), "Kuota unit penuh");
		NominationResult nominated = this.agency.nominate(runId, List.of(people.get(2).nip()));

		List<AuditRecord> entries = entries(runId);
		assertThat(entries).extracting(AuditRecord::action, AuditRecord::subjectAccountId, AuditRecord::beforeJson)
			.containsExactly(tuple("ENROLMENT_NOMINATED", people.get(2).accountId(), null),
					tuple("ENROLMENT_REJECTED", people.get(1).accountId(), "{\"status\":\"PENDING_APPROVAL\"}"),
					tuple("ENROLMENT_APPROVED", people.get(0).accountId(), "{\"status\":\"PENDING_APPROVAL\"}"));
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.actorAccountId()).isEqualTo(coordinator.accountId());
			assertThat(entry.onBehalfAgencyId()).isEqualTo(coordinator.agencyId());
			assertThat(entry.subjectAgencyId()).isEqualTo(this.serangOpd);
		});
		assertThat(entries.get(0).afterJson()).contains("\"status\":\"CONFIRMED\"",
				"\"nominationId\":" + nominated.nominationId());
		assertThat(entries.get(1).afterJson()).contains("\"status\":\"REJECTED\"", "Kuota unit penuh");
		assertThat(entries.get(2).afterJson()).contains("\"status\":\"CONFIRMED\"");
		SignIn.as(this.context, "penyelenggara");
		assertThat(this.participants.participantChanges(runId)).as("nominations are not hand-made changes")
			.extracting(ParticipantChange::kind)
			.containsExactly(ParticipantChange.Kind.APPROVED, ParticipantChange.Kind.REJECTED);
	}

	@Test
	void anAdditionRolledBackLeavesNeitherEnrolmentNorEntry() {
		long runId = this.fixtures.openRun(5, Map.of(), EnrolmentMode.NOMINATION_ONLY);
		PersonRef person = this.fixtures.employee(this.serangOpd);
		SignIn.as(this.context, "penyelenggara");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult(status -> {
				this.participants.addParticipant(runId, person.accountId(), "Akan dibatalkan");
				throw new IllegalStateException("the caller's transaction fails after the addition");
			}));
		assertThat(this.participants.participants(runId)).isEmpty();
		assertThat(entries(runId)).isEmpty();
	}

	private List<AuditRecord> entries(long runId) {
		return this.trail.page(new AuditQuery(null, null, AuditObject.RUN, Long.toString(runId), null, null, null),
				null, 50)
			.stream()
			.filter(entry -> entry.action().startsWith("ENROLMENT_"))
			.toList();
	}

}
