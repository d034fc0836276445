package id.pelita.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.reporting.ExternalEntry.Status;
import id.pelita.reporting.internal.ExternalEntryStore;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
		ExternalEntry approved = this.fixtures.as(self, () -> this.trainings.submit(input("2026-05-01", "2026-05-01", "4")));
		ExternalEntry rejected = this.fixtures.as(self, () -> this.trainings.submit(input("2026-06-01", "2026-06-02", "8")));
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
				() -> this.trainings.submit(input("2026-04-01", "2026-04-01", "2")));
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

	private static ExternalEntryInput input(String start, String end, String jp) {
		return new ExternalEntryInput("Pelatihan Kepemimpinan", "BPSDM Provinsi Jawa Barat", LocalDate.parse(start),
				LocalDate.parse(end), new BigDecimal(jp), ExternalTrainingType.OTHER_INSTITUTION);
	}

}
