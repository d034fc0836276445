package id.pelita.agency;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pelita.identity.AccountActivation;
import id.pelita.identity.AccountService;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.identity.NewAccount;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.Role;
import id.pelita.shared.web.InvalidFields;
import id.pelita.support.ActivationLinks;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The roster may not become a way into staff accounts: a coordinator (or an agency's API token) changes the
 * employee data of participants only; organisers, coordinators and administrators who belong to the agency are
 * changed by an administrator, and their e-mail never through the roster. Every e-mail change is audited, and a
 * changed e-mail of an account waiting for activation gets a new activation link. H2 and PostgreSQL subclasses.
 */
abstract class RosterStaffAccountsTests {

	private static final String PASSWORD = "Rahasia2026";

	@Autowired
	ApplicationContext context;

	@Autowired
	RosterService roster;

	@Autowired
	RosterImportService imports;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountActivation activation;

	@Autowired
	AgencyService agencies;

	@Autowired
	PersonDirectory people;

	@Autowired
	JdbcTemplate jdbc;

	private Map<String, Long> agencyIds;

	@BeforeEach
	void loadAgencies() {
		this.agencyIds = this.agencies.all().stream()
			.collect(java.util.stream.Collectors.toMap(AgencyRef::code, AgencyRef::id));
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void coordinatorCannotChangeAnOrganiserOfTheirAgencyInAnyWay() {
		Staff organiser = staff(Set.of(Role.ORGANISER, Role.PARTICIPANT));
		SignIn.as(this.context, "koordinator");
		EmployeeInput takeover = new EmployeeInput(organiser.nip(), "Diambil Alih", null, null, "36.04.01",
				"penyerang." + organiser.nip() + "@example.go.id", null);
		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> this.roster.upsert(organiser.nip(), takeover))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("employee.error.staffAccount");
		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> this.roster.update(organiser.accountId(), takeover))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("employee.error.staffAccount");
		assertThatExceptionOfType(OutsideScopeException.class)
			.isThrownBy(() -> this.roster.setActive(organiser.accountId(), false))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("employee.error.staffAccount");
		PersonRef after = this.people.find(organiser.accountId()).orElseThrow();
		assertThat(after.email()).isEqualTo(organiser.email());
		assertThat(after.fullName()).isEqualTo("Staf " + organiser.nip());
		assertThat(after.status()).isEqualTo(id.pelita.identity.AccountStatus.ACTIVE);
		assertThat(emailAudit(organiser.accountId())).isEmpty();
	}

	@Test
	void rosterImportRefusesRowsOfStaffAccountsWithAReason() {
		Staff coordinator = staff(Set.of(Role.AGENCY_COORDINATOR));
		SignIn.as(this.context, "koordinator");
		String participant = TestData.nip();
		String csv = "NIP,Nama,Pangkat/Golongan,Jabatan,Unit,E-mail,Telepon\n" + coordinator.nip()
				+ ",Diambil Alih,,,,penyerang." + coordinator.nip() + "@example.go.id,\n" + participant
				+ ",Peserta Baru,,,36.04.01,,\n";
		ImportPreview preview = this.imports.preview("pegawai.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(preview.goodRows()).extracting(row -> row.employee().nip()).containsExactly(participant);
		assertThat(preview.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.nip()).isEqualTo(coordinator.nip());
			assertThat(problem.reasons()).extracting(reason -> reason.message().messageKey())
				.containsExactly("employee.error.staffAccount");
		});
		ImportPreview forged = new ImportPreview("pegawai.csv", List.of(new ImportPreview.Row(2,
				new EmployeeInput(coordinator.nip(), "Diambil Alih", null, null, null,
						"penyerang." + coordinator.nip() + "@example.go.id", null))), List.of());
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.imports.importGoodRows(forged));
		assertThat(this.people.find(coordinator.accountId()).orElseThrow().email()).isEqualTo(coordinator.email());
	}

	@Test
	void anAdministratorCoordinatorMayChangeStaffDataButNeverTheirEmailThroughTheRoster() {
		Staff organiser = staff(Set.of(Role.ORGANISER));
		Staff admin = staff(Set.of(Role.ADMIN, Role.AGENCY_COORDINATOR));
		SignIn.as(this.context, admin.username(), PASSWORD);
		RosterEmployee renamed = this.roster.update(organiser.accountId(), new EmployeeInput(organiser.nip(),
				"Staf Berganti Nama", null, "Widyaiswara", null, organiser.email(), null));
		assertThat(renamed.fullName()).isEqualTo("Staf Berganti Nama");
		assertThatExceptionOfType(InvalidFields.class)
			.isThrownBy(() -> this.roster.update(organiser.accountId(), new EmployeeInput(organiser.nip(),
					"Staf Berganti Nama", null, null, null, "lain." + organiser.nip() + "@example.go.id", null)))
			.satisfies(failure -> assertThat(failure.problems()).singleElement().satisfies(problem -> {
				assertThat(problem.field()).isEqualTo("email");
				assertThat(problem.messageKey()).isEqualTo("employee.error.staffEmail");
			}));
		assertThat(this.people.find(organiser.accountId()).orElseThrow().email()).isEqualTo(organiser.email());
	}

	@Test
	void anUpsertWithoutEmailKeepsItAndAnEmptyOneClearsAParticipantsEmail() {
		SignIn.as(this.context, "koordinator");
		String nip = TestData.nip();
		String email = "tetap." + nip + "@example.go.id";
		this.roster.upsert(nip, new EmployeeInput(nip, "Rudi Hartono", null, null, "36.04.02", email, null));
		RosterService.Upserted kept = this.roster.upsert(nip,
				new EmployeeInput(nip, "Rudi Hartono, S.H.", null, null, null, null, null));
		assertThat(kept.employee().email()).isEqualTo(email);
		assertThat(kept.employee().fullName()).isEqualTo("Rudi Hartono, S.H.");
		RosterService.Upserted cleared = this.roster.upsert(nip,
				new EmployeeInput(nip, "Rudi Hartono, S.H.", null, null, null, "", null));
		assertThat(cleared.employee().email()).isNull();
	}

	@Test
	void everyEmailChangeIsAuditedWithWhoOldNewAndWhen() {
		SignIn.as(this.context, "koordinator");
		long coordinatorId = this.people.findByNip("198107222006041002").orElseThrow().accountId();
		String nip = TestData.nip();
		String first = "awal." + nip + "@example.go.id";
		String second = "baru." + nip + "@example.go.id";
		RosterEmployee added = this.roster.add(new EmployeeInput(nip, "Sri Wahyuni", null, null, null, first, null));
		assertThat(emailAudit(added.accountId())).as("a new account is no change").isEmpty();
		this.roster.update(added.accountId(), new EmployeeInput(nip, "Sri Wahyuni", null, null, null, second, null));
		this.roster.update(added.accountId(), new EmployeeInput(nip, "Sri Wahyuni, S.E.", null, null, null, second,
				null));
		assertThat(emailAudit(added.accountId())).singleElement().satisfies(entry -> {
			assertThat(entry.get("old_email")).isEqualTo(first);
			assertThat(entry.get("new_email")).isEqualTo(second);
			assertThat(((Number) entry.get("actor_account_id")).longValue()).isEqualTo(coordinatorId);
			assertThat(entry.get("actor_name")).isEqualTo("koordinator");
			assertThat(entry.get("created_at")).isNotNull();
		});
	}

	@Test
	void changingTheEmailOfAnAccountAwaitingActivationReplacesItsActivationLink() {
		SignIn.as(this.context, "koordinator");
		String nip = TestData.nip();
		String wrong = "salah." + nip + "@example.go.id";
		String right = "benar." + nip + "@example.go.id";
		RosterEmployee added = this.roster.add(new EmployeeInput(nip, "Eko Prasetyo", null, null, null, wrong, null));
		String oldToken = ActivationLinks.token(this.context, added.accountId());
		this.roster.update(added.accountId(), new EmployeeInput(nip, "Eko Prasetyo", null, null, null, right, null));
		String newToken = ActivationLinks.token(this.context, added.accountId());
		assertThat(newToken).isNotEqualTo(oldToken);
		assertThat(this.activation.check(oldToken).state()).isNotEqualTo(AccountActivation.State.VALID);
		assertThat(this.activation.check(newToken).state()).isEqualTo(AccountActivation.State.VALID);
		List<String> recipients = this.jdbc.queryForList("select recipient_email from outbox_message "
				+ "where recipient_account_id = ? and template = 'account-activation' order by id", String.class,
				added.accountId());
		assertThat(recipients).containsExactly(wrong, right);
		SignIn.out();
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.activation.activate(oldToken, "Sandi2026baru"));
		this.activation.activate(newToken, "Sandi2026baru");
	}

	/** The e-mail changes of the account in the audit log, as old_email, new_email, actor and time. */
	private List<Map<String, Object>> emailAudit(long accountId) {
		JsonMapper json = JsonMapper.builder().build();
		return this.jdbc.queryForList("select before_json, after_json, actor_account_id, actor_username, occurred_at "
				+ "from audit_log where subject_account_id = ? and action in ('EMPLOYEE_CHANGED', 'PROFILE_CHANGED') "
				+ "order by id", accountId)
			.stream()
			.filter(row -> json.readTree((String) row.get("after_json")).has("email"))
			.map(row -> {
				Map<String, Object> change = new java.util.HashMap<>();
				change.put("old_email", email(json, (String) row.get("before_json")));
				change.put("new_email", email(json, (String) row.get("after_json")));
				change.put("actor_account_id", row.get("actor_account_id"));
				change.put("actor_name", row.get("actor_username"));
				change.put("created_at", row.get("occurred_at"));
				return change;
			})
			.toList();
	}

	private static String email(JsonMapper json, String fields) {
		tools.jackson.databind.JsonNode email = json.readTree(fields).get("email");
		return email == null || email.isNull() ? null : email.asString();
	}

	/** A staff account of Kabupaten Serang's first OPD, created by the administrator. */
	private Staff staff(Set<Role> roles) {
		SignIn.as(this.context, "admin");
		String nip = TestData.nip();
		String username = TestData.username("staf");
		String email = "staf." + nip + "@example.go.id";
		long id = this.accounts.createAccount(new NewAccount(username, "Staf " + nip, email, nip, null,
				this.agencyIds.get("36.04.01"), roles, PASSWORD));
		SignIn.out();
		return new Staff(id, username, nip, email);
	}

	private record Staff(long accountId, String username, String nip, String email) {
	}

}
