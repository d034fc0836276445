package id.pelita.agency;

import java.util.List;
import java.util.Map;

import id.pelita.identity.AccountStatus;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.web.InvalidFields;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The coordinator's roster against a real database: the coordinator of Kabupaten Serang sees, adds and changes
 * the employees of the regency and its OPDs, and nobody else. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class RosterServiceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RosterService roster;

	@Autowired
	AgencyService agencies;

	@Autowired
	PersonDirectory people;

	@Autowired
	JdbcTemplate jdbc;

	private Map<String, Long> agencyIds;

	@BeforeEach
	void signInAsSerangCoordinator() {
		this.agencyIds = this.agencies.all().stream()
			.collect(java.util.stream.Collectors.toMap(AgencyRef::code, AgencyRef::id));
		SignIn.as(this.context, "koordinator");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void rosterHoldsTheRegencyAndItsOpdsAndNobodyElse() {
		List<RosterEntry> all = this.roster.roster(RosterFilter.ALL);
		assertThat(all).isNotEmpty();
		assertThat(all).allSatisfy(entry -> assertThat(entry.unitCode()).startsWith("36.04"));
		assertThat(all).anySatisfy(entry -> assertThat(entry.nip()).isEqualTo("198503122010011003"));
		assertThat(all).extracting(RosterEntry::accountId).as("a coordinator with two roles is listed once")
			.doesNotHaveDuplicates();
		assertThat(all).noneMatch(entry -> entry.nip() != null && entry.nip().equals(provincialEmployee().nip()));
		assertThat(this.roster.units()).extracting(AgencySummary::code)
			.containsExactly("36.04", "36.04.01", "36.04.02", "36.04.03", "36.04.04");
	}

	@Test
	void coordinatorCannotReadAProvincialEmployee() {
		PersonRef provincial = provincialEmployee();
		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> this.roster.employee(provincial.accountId()));
		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> this.roster.roster(new RosterFilter(null, provincial.agencyId(), null)));
		assertThat(this.roster.roster(new RosterFilter(provincial.nip(), null, null))).isEmpty();
	}

	@Test
	void coordinatorCannotEditDeactivateOrOverwriteAProvincialEmployee() {
		PersonRef provincial = provincialEmployee();
		EmployeeInput takeover = new EmployeeInput(provincial.nip(), "Nama Palsu", null, null, "36.04.01",
				"palsu@example.go.id", null);
		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> this.roster.update(provincial.accountId(), takeover));
		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> this.roster.setActive(provincial.accountId(), false));
		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> this.roster.upsert(provincial.nip(), takeover))
			.extracting(OutsideScopeException::messageKey)
			.isEqualTo("employee.error.nipOutside");
		assertThatExceptionOfType(OutsideScopeException.class).isThrownBy(() -> this.roster.add(takeover));
		PersonRef after = this.people.find(provincial.accountId()).orElseThrow();
		assertThat(after.fullName()).isEqualTo(provincial.fullName());
		assertThat(after.agencyId()).isEqualTo(provincial.agencyId());
		assertThat(after.status()).isEqualTo(provincial.status());
	}

	@Test
	void coordinatorCannotMoveAnEmployeeToAProvincialUnit() {
		RosterEmployee added = this.roster.add(employee(TestData.nip(), "Rahmat Hidayat", "36.04.03"));
		assertThatExceptionOfType(InvalidFields.class)
			.isThrownBy(() -> this.roster.update(added.accountId(),
					employee(added.nip(), "Rahmat Hidayat", "36.00.01")))
			.satisfies(failure -> assertThat(failure.problems()).singleElement()
				.satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("unitCode");
					assertThat(problem.messageKey()).isEqualTo("roster.error.unitOutside");
				}));
		assertThat(this.roster.employee(added.accountId()).unitCode()).isEqualTo("36.04.03");
	}

	@Test
	void participantsHaveNoRoster() {
		SignIn.as(this.context, "peserta");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.roster.roster(RosterFilter.ALL));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.roster.add(employee(TestData.nip(), "Siapa Saja", null)));
	}

	@Test
	void addedEmployeeGetsAnAccountAwaitingActivationAndAnActivationMessage() {
		String nip = TestData.nip();
		String spaced = nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " "
				+ nip.substring(15);
		RosterEmployee added = this.roster.add(new EmployeeInput(spaced, "  Neng Euis Susanti  ", "Penata (III/c)",
				"Perawat", "36.04.02", "Neng." + nip + "@Example.go.id", "0812 3456 7890"));
		assertThat(added.nip()).isEqualTo(nip);
		assertThat(added.fullName()).isEqualTo("Neng Euis Susanti");
		assertThat(added.email()).isEqualTo("neng." + nip + "@example.go.id");
		assertThat(added.unitName()).isEqualTo("Dinas Kesehatan Kabupaten Serang");
		assertThat(added.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
		assertThat(this.roster.roster(new RosterFilter(spaced, null, null))).singleElement()
			.satisfies(entry -> assertThat(entry.accountId()).isEqualTo(added.accountId()));
		List<Map<String, Object>> messages = this.jdbc.queryForList(
				"select template, recipient_email, payload from outbox_message where recipient_account_id = ?",
				added.accountId());
		assertThat(messages).singleElement().satisfies(message -> {
			assertThat(message.get("template")).isEqualTo("account-activation");
			assertThat(message.get("recipient_email")).isEqualTo("neng." + nip + "@example.go.id");
			assertThat((String) message.get("payload")).contains("/aktivasi/").contains("Neng Euis Susanti");
		});
	}

	@Test
	void addingSomeoneAlreadyInTheRosterIsRefused() {
		RosterEmployee added = this.roster.add(employee(TestData.nip(), "Asep Sudrajat", "36.04.01"));
		assertThatExceptionOfType(InvalidFields.class)
			.isThrownBy(() -> this.roster.add(employee(added.nip(), "Asep Lain", null)))
			.extracting(InvalidFields::messageKey)
			.isEqualTo("roster.error.alreadyInRoster");
	}

	@Test
	void badFieldsAreAllReportedAndNothingIsSaved() {
		assertThatExceptionOfType(InvalidFields.class)
			.isThrownBy(() -> this.roster.add(new EmployeeInput("19850230 201001 1 003", " ", null, null, "99.99",
					"bukan-email", "telepon")))
			.satisfies(failure -> assertThat(failure.problems())
				.extracting(InvalidFields.FieldProblem::field, InvalidFields.FieldProblem::messageKey)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("unitCode", "roster.error.unitUnknown"),
						org.assertj.core.groups.Tuple.tuple("nip", "nip.error.birthDate"),
						org.assertj.core.groups.Tuple.tuple("name", "employee.error.nameRequired"),
						org.assertj.core.groups.Tuple.tuple("email", "employee.error.emailInvalid"),
						org.assertj.core.groups.Tuple.tuple("phone", "employee.error.phoneInvalid")));
	}

	@Test
	void editingReplacesTheDataAndFiltersFindTheEmployeeByUnitAndRank() {
		RosterEmployee added = this.roster.add(employee(TestData.nip(), "Yuni Handayani", "36.04.01"));
		RosterEmployee edited = this.roster.update(added.accountId(), new EmployeeInput(added.nip(),
				"Yuni Handayani, S.E.", "Penata Muda Tingkat I (III/b)", "Analis Keuangan", "36.04.04", null, null));
		assertThat(edited.fullName()).isEqualTo("Yuni Handayani, S.E.");
		assertThat(edited.unitCode()).isEqualTo("36.04.04");
		assertThat(edited.email()).isNull();
		List<RosterEntry> found = this.roster.roster(new RosterFilter("yuni handayani, s.e",
				this.agencyIds.get("36.04.04"), "Penata Muda Tingkat I (III/b)"));
		assertThat(found).extracting(RosterEntry::accountId).containsExactly(added.accountId());
		assertThat(this.roster.roster(new RosterFilter("yuni handayani, s.e", this.agencyIds.get("36.04.01"), null)))
			.isEmpty();
	}

	@Test
	void deactivatedEmployeesStayInTheRosterAndCanBeReactivated() {
		RosterEmployee added = this.roster.add(employee(TestData.nip(), "Bambang Gunawan", null));
		assertThat(added.unitCode()).isEqualTo("36.04");
		this.roster.setActive(added.accountId(), false);
		assertThat(this.roster.employee(added.accountId()).status()).isEqualTo(AccountStatus.DISABLED);
		this.roster.setActive(added.accountId(), true);
		assertThat(this.roster.employee(added.accountId()).status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
	}

	@Test
	void coordinatorCannotDeactivateThemselves() {
		long self = this.people.findByNip("198107222006041002").orElseThrow().accountId();
		assertThatExceptionOfType(id.pelita.shared.UserFacingException.class)
			.isThrownBy(() -> this.roster.setActive(self, false))
			.extracting(id.pelita.shared.UserFacingException::messageKey)
			.isEqualTo("employee.error.selfDeactivate");
	}

	@Test
	void apiUpsertCreatesThenReplaces() {
		String nip = TestData.nip();
		RosterService.Upserted created = this.roster.upsert(nip, new EmployeeInput(nip, "Dian Permana", "Penata (III/c)",
				"Perencana", "36.04.01", null, "081200000001"));
		assertThat(created.created()).isTrue();
		RosterService.Upserted replaced = this.roster.upsert(nip, new EmployeeInput(nip, "Dian Permana, S.T.", null,
				"Perencana Ahli Muda", null, null, null));
		assertThat(replaced.created()).isFalse();
		assertThat(replaced.employee().accountId()).isEqualTo(created.employee().accountId());
		assertThat(replaced.employee().unitCode()).as("no unit keeps the unit").isEqualTo("36.04.01");
		assertThat(replaced.employee().rankGrade()).as("an API call sends the whole record").isNull();
		assertThat(replaced.employee().phone()).isNull();
	}

	private PersonRef provincialEmployee() {
		return this.people.inAgencies(List.of(this.agencyIds.get("36.00.01")))
			.stream()
			.filter(person -> person.nip() != null)
			.findFirst()
			.orElseThrow();
	}

	private static EmployeeInput employee(String nip, String name, String unitCode) {
		return new EmployeeInput(nip, name, null, null, unitCode, null, null);
	}

}
