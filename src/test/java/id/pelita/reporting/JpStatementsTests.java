package id.pelita.reporting;

import java.time.LocalDate;
import java.util.List;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.reporting.ExternalEntry.Status;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.web.InvalidFields;
import id.pelita.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static id.pelita.reporting.JpTestData.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An employee's JP year as a statement (certificates and external entries, total against 20), and the coordinator's
 * lists of the agency's external entries (pending, filtered by year, status and text, only the agency's own). H2 and
 * PostgreSQL subclasses.
 */
abstract class JpStatementsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JpStatements statements;

	@Autowired
	ExternalTrainings trainings;

	private EnrolmentFixtures fixtures;

	private JpTestData data;

	private PersonRef employee;

	private PelitaUser coordinator;

	private PelitaUser otherCoordinator;

	@BeforeEach
	void people() {
		this.fixtures = new EnrolmentFixtures(this.context);
		this.data = new JpTestData(this.context);
		long unit = this.fixtures.agency("36.04.02");
		this.employee = this.fixtures.employee(unit);
		this.coordinator = this.fixtures.coordinator(this.fixtures.agency("36.04"));
		this.otherCoordinator = this.fixtures.coordinator(this.fixtures.agency("36.02"));
	}

	@Test
	void theStatementListsCertificatesAndExternalEntriesAndCountsOnlyWhatCounts() {
		String number = this.data.certificate(this.employee, "Penguatan Integritas", LocalDate.parse("2026-02-02"),
				LocalDate.parse("2026-02-06"), "12");
		this.data.certificate(this.employee, "Kursus tahun lalu", LocalDate.parse("2025-12-29"),
				LocalDate.parse("2025-12-31"), "9");
		PelitaUser self = EnrolmentFixtures.participant(this.employee);
		this.fixtures.as(this.coordinator, () -> this.trainings.record(this.employee.accountId(),
				input("Diklat Kepemimpinan", "2026-03-02", "2026-03-04", "8")));
		ExternalEntry waiting = this.fixtures.as(self,
				() -> this.trainings.submit(input("Webinar ASN", "2026-04-01", "2026-04-01", "2"), JpTestData.pdf("a.pdf")));
		ExternalEntry rejected = this.fixtures.as(self,
				() -> this.trainings.submit(input("Seminar", "2026-05-01", "2026-05-01", "3"), JpTestData.pdf("b.pdf")));
		this.fixtures.as(this.coordinator, () -> this.trainings.reject(rejected.id(), "Bukti tidak terbaca"));

		JpStatement mine = this.fixtures.as(self, () -> this.statements.mine(2026));

		assertThat(mine.total()).isEqualByComparingTo("20");
		assertThat(mine.reached()).isTrue();
		assertThat(mine.certificates()).singleElement().satisfies(certificate -> {
			assertThat(certificate.number()).isEqualTo(number);
			assertThat(certificate.courseTitle()).isEqualTo("Penguatan Integritas");
			assertThat(certificate.startsOn()).isEqualTo("2026-02-02");
			assertThat(certificate.verificationUrl()).contains("/verifikasi/T");
		});
		assertThat(mine.external()).extracting(ExternalEntry::title, ExternalEntry::status, ExternalEntry::statusReason)
			.containsExactly(tuple("Diklat Kepemimpinan", Status.COUNTED, null), tuple("Webinar ASN", Status.PENDING, null),
					tuple("Seminar", Status.REJECTED, "Bukti tidak terbaca"));
		assertThat(this.fixtures.as(this.coordinator, () -> this.statements.of(this.employee.accountId(), 2026)).total())
			.isEqualByComparingTo("20");
		assertThat(this.fixtures.as(self, () -> this.statements.mine(2025)).total()).isEqualByComparingTo("9");
		assertThat(waiting.status()).isEqualTo(Status.PENDING);
	}

	@Test
	void aCoordinatorReadsOnlyTheirOwnPeopleAndAnotherAgencysNipIsNotFound() {
		assertThatThrownBy(() -> this.fixtures.as(this.otherCoordinator,
				() -> this.statements.of(this.employee.accountId(), 2026)))
			.isInstanceOf(OutsideScopeException.class);
		assertThatThrownBy(() -> this.fixtures.as(this.otherCoordinator,
				() -> this.statements.ofNip(this.employee.nip(), 2026)))
			.isInstanceOf(UserFacingException.class)
			.extracting(e -> ((UserFacingException) e).messageKey())
			.isEqualTo("jp.api.error.notFound");
		assertThat(this.fixtures.as(this.coordinator, () -> this.statements.ofNip(this.employee.nip(), 2026)).accountId())
			.isEqualTo(this.employee.accountId());
		assertThatThrownBy(() -> this.fixtures.as(this.coordinator, () -> this.statements.ofNip(this.employee.nip(), 1999)))
			.isInstanceOf(InvalidFields.class);
	}

	@Test
	void theAgencyListsShowPendingSubmissionsAndFilterByYearStatusAndText() {
		String name = "Rahmat " + TestData.username("hidayat");
		PersonRef other = this.fixtures.employeeNamed(name, this.fixtures.agency("36.04.02"));
		PersonRef elsewhere = this.fixtures.employee(this.fixtures.agency("36.02"));
		this.fixtures.as(this.coordinator, () -> {
			this.trainings.record(this.employee.accountId(), input("Bimtek Arsip Dinamis", "2026-03-02", "2026-03-03", "8"));
			this.trainings.record(other.accountId(), input("Bimtek Arsip Dinamis", "2025-11-02", "2025-11-03", "8"));
		});
		ExternalEntry pending = this.fixtures.as(EnrolmentFixtures.participant(other),
				() -> this.trainings.submit(input("Kursus Daring Statistik", "2026-06-01", "2026-06-05", "10"),
						JpTestData.pdf("c.pdf")));
		this.fixtures.as(EnrolmentFixtures.participant(elsewhere),
				() -> this.trainings.submit(input("Kursus Daring Statistik", "2026-06-01", "2026-06-05", "10"),
						JpTestData.pdf("d.pdf")));

		assertThat(this.fixtures.as(this.coordinator, () -> this.trainings.pending(0, 50)))
			.extracting(row -> row.entry().id())
			.contains(pending.id());
		assertThat(this.fixtures.as(this.coordinator, () -> this.trainings.pending(0, 50)))
			.noneMatch(row -> row.entry().accountId() == elsewhere.accountId());
		assertThat(this.fixtures.as(this.otherCoordinator, () -> this.trainings.pending(0, 50)))
			.noneMatch(row -> row.entry().id() == pending.id());
		assertThat(this.fixtures.as(this.coordinator,
				() -> this.trainings.ofAgency(new ExternalEntryFilter(2026, null, name.toUpperCase(java.util.Locale.ROOT)), 0, 50)))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.entry().id()).isEqualTo(pending.id());
				assertThat(row.fullName()).isEqualTo(name);
				assertThat(row.nip()).isEqualTo(other.nip());
			});
		assertThat(this.fixtures.as(this.coordinator,
				() -> this.trainings.ofAgency(new ExternalEntryFilter(2025, Status.COUNTED, other.nip()), 0, 50)))
			.singleElement()
			.satisfies(row -> assertThat(row.entry().title()).isEqualTo("Bimtek Arsip Dinamis"));
		assertThat(this.fixtures.as(this.coordinator,
				() -> this.trainings.ofAgency(new ExternalEntryFilter(2026, Status.PENDING, "arsip dinamis"), 0, 50)))
			.isEmpty();
	}


	@Test
	void theCoordinatorsListPagesThroughEveryEntryWithItsTotalInsteadOfCuttingItShort() {
		String unique = "Paging " + TestData.username("x");
		for (int i = 1; i <= 55; i++) {
			String title = unique + " " + i;
			this.fixtures.as(this.coordinator, () -> this.trainings.record(this.employee.accountId(),
					input(title, "2026-03-02", "2026-03-04", "1")));
		}
		ExternalEntryFilter filter = new ExternalEntryFilter(2026, Status.COUNTED, unique);
		assertThat(this.fixtures.as(this.coordinator, () -> this.trainings.countOfAgency(filter))).isEqualTo(55);
		List<AgencyExternalEntry> first = this.fixtures.as(this.coordinator, () -> this.trainings.ofAgency(filter, 0, 50));
		List<AgencyExternalEntry> second = this.fixtures.as(this.coordinator,
				() -> this.trainings.ofAgency(filter, 50, 50));
		assertThat(first).hasSize(50);
		assertThat(first.getFirst().entry().title()).isEqualTo(unique + " 55");
		assertThat(second).extracting(row -> row.entry().title())
			.containsExactly(unique + " 5", unique + " 4", unique + " 3", unique + " 2", unique + " 1");
		assertThat(this.fixtures.as(this.otherCoordinator, () -> this.trainings.countOfAgency(filter))).isZero();
	}

}
