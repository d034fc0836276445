package id.pelita.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.reporting.ExternalEntry.Status;
import id.pelita.reporting.internal.ExternalEntryStore;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.files.FileType;
import id.pelita.shared.web.InvalidFields;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Training outside the platform: a coordinator's entry counts at once, an employee's waits for approval, a rejected
 * one never counts, a voided one stops counting, the year is the end date's, and a coordinator of another agency can
 * neither record, approve nor read. H2 and PostgreSQL subclasses.
 */
abstract class ExternalTrainingsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ExternalTrainings trainings;

	@Autowired
	ExternalEntryStore store;

	@Autowired
	JpLedger ledger;

	@Autowired
	ExternalEvidence evidence;

	private EnrolmentFixtures fixtures;

	private PersonRef employee;

	private PelitaUser coordinator;

	private PelitaUser otherCoordinator;

	@BeforeEach
	void people() {
		this.fixtures = new EnrolmentFixtures(this.context);
		long agency = this.fixtures.agency("36.04.02");
		this.employee = this.fixtures.employee(agency);
		this.coordinator = this.fixtures.coordinator(agency);
		this.otherCoordinator = this.fixtures.coordinator(this.fixtures.agency("36.02"));
	}

	@Test
	void aCoordinatorsEntryCountsAtOnceAndIsAudited() {
		ExternalEntry entry = this.fixtures.as(this.coordinator,
				() -> this.trainings.record(this.employee.accountId(), input("2026-03-02", "2026-03-04", "7.5")));
		assertThat(entry.status()).isEqualTo(Status.COUNTED);
		assertThat(this.ledger.total(this.employee.accountId(), 2026)).isEqualByComparingTo("7.5");
		assertThat(this.ledger.entries(this.employee.accountId(), 2026)).singleElement().satisfies(row -> {
			assertThat(row.sourceType()).isEqualTo(JpEntry.EXTERNAL);
			assertThat(row.sourceId()).isEqualTo(entry.id());
		});
		assertThat(this.store.auditActions(entry.id())).containsExactly("CREATE");
	}

	@Test
	void aPendingEntryCountsOnlyOnceApprovedAndARejectedOneNever() {
		PelitaUser self = EnrolmentFixtures.participant(this.employee);
		ExternalEntry approved = this.fixtures.as(self, () -> this.trainings.submit(input("2026-05-01", "2026-05-01", "4"), JpTestData.pdf("bukti.pdf")));
		ExternalEntry rejected = this.fixtures.as(self, () -> this.trainings.submit(input("2026-06-01", "2026-06-02", "8"), JpTestData.pdf("bukti.pdf")));
		assertThat(approved.status()).isEqualTo(Status.PENDING);
		assertThat(this.ledger.total(this.employee.accountId(), 2026)).isEqualByComparingTo("0");

		this.fixtures.as(this.coordinator, () -> this.trainings.approve(approved.id()));
		this.fixtures.as(this.coordinator, () -> this.trainings.reject(rejected.id(), "Bukti tidak terbaca"));
		assertThat(this.ledger.total(this.employee.accountId(), 2026)).isEqualByComparingTo("4");
		assertThatThrownBy(() -> this.fixtures.as(this.coordinator, () -> this.trainings.approve(rejected.id())))
			.isInstanceOf(UserFacingException.class);
		assertThat(this.ledger.total(this.employee.accountId(), 2026)).isEqualByComparingTo("4");
		assertThat(this.store.auditActions(approved.id())).containsExactly("SUBMIT", "APPROVE");
		assertThat(this.store.auditActions(rejected.id())).containsExactly("SUBMIT", "REJECT");

		this.fixtures.as(this.coordinator, () -> this.trainings.voidEntry(approved.id(), "Dicatat ganda"));
		assertThat(this.ledger.total(this.employee.accountId(), 2026)).isEqualByComparingTo("0");
	}

	@Test
	void anEntryCountsInTheYearOfItsLastDay() {
		this.fixtures.as(this.coordinator, () -> {
			this.trainings.record(this.employee.accountId(), input("2026-12-30", "2026-12-31", "3"));
			this.trainings.record(this.employee.accountId(), input("2026-12-31", "2027-01-01", "5"));
		});
		assertThat(this.ledger.total(this.employee.accountId(), 2026)).isEqualByComparingTo("3");
		assertThat(this.ledger.total(this.employee.accountId(), 2027)).isEqualByComparingTo("5");
	}

	@Test
	void aCoordinatorOfAnotherAgencyCanNeitherRecordApproveNorRead() {
		assertThatThrownBy(() -> this.fixtures.as(this.otherCoordinator,
				() -> this.trainings.record(this.employee.accountId(), input("2026-03-02", "2026-03-04", "2"))))
			.isInstanceOf(OutsideScopeException.class);
		ExternalEntry pending = this.fixtures.as(EnrolmentFixtures.participant(this.employee),
				() -> this.trainings.submit(input("2026-04-01", "2026-04-01", "2"), JpTestData.pdf("bukti.pdf")));
		assertThatThrownBy(() -> this.fixtures.as(this.otherCoordinator, () -> this.trainings.approve(pending.id())))
			.isInstanceOf(OutsideScopeException.class);
		assertThatThrownBy(() -> this.fixtures.as(this.otherCoordinator,
				() -> this.trainings.of(this.employee.accountId(), 2026)))
			.isInstanceOf(OutsideScopeException.class);
		assertThat(this.store.find(pending.id()).orElseThrow().status()).isEqualTo(Status.PENDING);
		assertThat(this.ledger.total(this.employee.accountId(), 2026)).isEqualByComparingTo("0");
	}

	@Test
	void badInputIsRefusedAndNothingIsSaved() {
		assertThatThrownBy(() -> this.fixtures.as(this.coordinator,
				() -> this.trainings.record(this.employee.accountId(), input("2026-03-02", "2026-03-04", "201"))))
			.isInstanceOf(UserFacingException.class)
			.extracting(e -> ((UserFacingException) e).messageKey())
			.isEqualTo("jp.external.error.jp");
		assertThatThrownBy(() -> this.fixtures.as(this.coordinator,
				() -> this.trainings.record(this.employee.accountId(), input("2026-03-04", "2026-03-02", "2"))))
			.isInstanceOf(UserFacingException.class);
		assertThat(this.fixtures.as(this.coordinator, () -> this.trainings.of(this.employee.accountId(), 2026)))
			.isEmpty();
	}

	@Test
	void everyBadFieldIsReportedAtOnce() {
		ExternalEntryInput bad = new ExternalEntryInput(" ", null, LocalDate.parse("2026-03-04"),
				LocalDate.parse("2026-03-02"), new BigDecimal("1.125"), null);
		assertThatThrownBy(() -> this.fixtures.as(this.coordinator, () -> this.trainings.record(this.employee.accountId(), bad)))
			.isInstanceOf(InvalidFields.class)
			.satisfies(failure -> assertThat(((InvalidFields) failure).problems())
				.extracting(InvalidFields.FieldProblem::field, InvalidFields.FieldProblem::messageKey)
				.containsExactly(tuple("title", "jp.external.error.title"),
						tuple("organiser", "jp.external.error.organiser"), tuple("endDate", "jp.external.error.dates"),
						tuple("jp", "jp.external.error.jp"), tuple("type", "jp.external.error.type")));
	}

	@Test
	void anEmployeesSubmissionNeedsEvidenceWhoseTypeIsCheckedByItsContent() {
		PelitaUser self = EnrolmentFixtures.participant(this.employee);
		assertThatThrownBy(() -> this.fixtures.as(self, () -> this.trainings.submit(input("2026-05-01", "2026-05-01", "4"), null)))
			.isInstanceOf(UserFacingException.class)
			.extracting(e -> ((UserFacingException) e).messageKey())
			.isEqualTo("jp.external.error.evidenceRequired");
		EvidenceUpload disguised = new EvidenceUpload("sertifikat.pdf",
				"MZ not a pdf at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertThatThrownBy(() -> this.fixtures.as(self, () -> this.trainings.submit(input("2026-05-01", "2026-05-01", "4"), disguised)))
			.isInstanceOf(UserFacingException.class)
			.extracting(e -> ((UserFacingException) e).messageKey())
			.isEqualTo("file.error.type");
		EvidenceUpload tooLarge = new EvidenceUpload("besar.pdf", java.util.Arrays.copyOf(JpTestData.PDF,
				ExternalEvidence.MAX_BYTES + 1));
		assertThatThrownBy(() -> this.fixtures.as(self, () -> this.trainings.submit(input("2026-05-01", "2026-05-01", "4"), tooLarge)))
			.isInstanceOf(UserFacingException.class)
			.extracting(e -> ((UserFacingException) e).messageKey())
			.isEqualTo("file.error.tooLarge");
		assertThat(this.fixtures.as(self, () -> this.trainings.mine(2026))).isEmpty();
	}

	@Test
	void evidenceIsForTheEmployeeTheirCoordinatorAndAdministratorsOnly() throws Exception {
		PelitaUser self = EnrolmentFixtures.participant(this.employee);
		ExternalEntry entry = this.fixtures.as(self,
				() -> this.trainings.submit(input("2026-05-01", "2026-05-01", "4"), JpTestData.pdf("Surat tugas.pdf")));
		assertThat(entry.evidenceName()).isEqualTo("Surat tugas.pdf");
		for (PelitaUser allowed : List.of(self, this.coordinator)) {
			EvidenceFile file = this.fixtures.as(allowed, () -> this.evidence.open(entry.id())).orElseThrow();
			try (var content = file.content()) {
				assertThat(content.readAllBytes()).isEqualTo(JpTestData.PDF);
			}
			assertThat(file.type()).isEqualTo(FileType.PDF);
			assertThat(file.fileName()).isEqualTo("Surat tugas.pdf");
		}
		assertThat(this.fixtures.asSystem(() -> this.evidence.open(entry.id()))).isPresent();
		PelitaUser stranger = EnrolmentFixtures.participant(this.fixtures.employee(this.fixtures.agency("36.04.02")));
		for (PelitaUser refused : List.of(this.otherCoordinator, stranger)) {
			assertThatThrownBy(() -> this.fixtures.as(refused, () -> this.evidence.open(entry.id())))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void aCoordinatorsEntryMayCarryEvidenceAndTheResultIsWhatWasWritten() {
		ExternalEntry entry = this.fixtures.as(this.coordinator, () -> this.trainings.record(this.employee.accountId(),
				input("2026-03-02", "2026-03-04", "7.5"), JpTestData.pdf("sertifikat.pdf")));
		assertThat(entry).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(this.store.find(entry.id()).orElseThrow());
		ExternalEntry voided = this.fixtures.as(this.coordinator, () -> this.trainings.voidEntry(entry.id(), " Ganda "));
		assertThat(voided).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(this.store.find(entry.id()).orElseThrow());
		assertThat(voided.statusReason()).isEqualTo("Ganda");
	}

	private static ExternalEntryInput input(String start, String end, String jp) {
		return new ExternalEntryInput("Pelatihan Kepemimpinan", "BPSDM Provinsi Jawa Barat", LocalDate.parse(start),
				LocalDate.parse(end), new BigDecimal(jp), ExternalTrainingType.OTHER_INSTITUTION);
	}

}
