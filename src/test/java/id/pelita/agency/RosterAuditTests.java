package id.pelita.agency;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.pelita.identity.AccountActivation;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.audit.AuditQuery;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.audit.AuditTrail;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.ActivationLinks;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit entries of the agency module: roster imports and employee changes (with the fields before and after,
 * the e-mail included), switching an employee off and on, API tokens created and revoked; each rolled back with
 * its action.
 */
@H2Test
class RosterAuditTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RosterService roster;

	@Autowired
	RosterImportService imports;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transactions;

	long coordinatorId;

	long serangId;

	@BeforeEach
	void coordinator() {
		PelitaUser user = (PelitaUser) SignIn.as(this.context, "koordinator").getPrincipal();
		this.coordinatorId = user.accountId();
		this.serangId = user.agencyId();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void anImportIsRecordedOnceWithItsCountsAndEachNewEmployeeWithTheirFields() {
		String first = TestData.nip();
		String second = TestData.nip();
		String file = "pegawai-" + first + ".csv";
		String csv = "NIP,Nama,Pangkat/Golongan,Jabatan,Unit,E-mail,Telepon\n" + first + ",Rina Audit,,,36.04.01,,\n"
				+ second + ",Budi Audit,,,36.04.01,budi." + second + "@example.go.id,\n";
		this.imports.importGoodRows(this.imports.preview(file, csv.getBytes(StandardCharsets.UTF_8)));
		AuditRecord imported = single(new AuditQuery(null, AuditAction.ROSTER_IMPORTED, AuditObject.ROSTER, file, null,
				null, null));
		assertThat(imported.actorUsername()).isEqualTo("koordinator");
		assertThat(imported.onBehalfAgencyId()).isEqualTo(this.serangId);
		assertThat(imported.subjectAgencyId()).isEqualTo(this.serangId);
		assertThat(imported.afterJson()).contains("\"rows\":2", "\"created\":2", "\"updated\":0");
		long budi = this.roster.roster(new RosterFilter(second, null, null)).getFirst().accountId();
		AuditRecord created = single(employee(AuditAction.EMPLOYEE_CREATED, budi));
		assertThat(created.subjectAccountId()).isEqualTo(budi);
		assertThat(created.subjectAgencyId()).isNotNull();
		assertThat(created.afterJson()).contains("\"nip\":\"" + second + "\"", "\"fullName\":\"Budi Audit\"",
				"budi." + second + "@example.go.id");
	}

	@Test
	void anEmployeeChangeRecordsOnlyTheChangedFieldsAndSwitchingOffAndOn() {
		String nip = TestData.nip();
		RosterEmployee added = this.roster.add(new EmployeeInput(nip, "Sri Audit", null, null, null,
				"sri." + nip + "@example.go.id", null));
		this.roster.update(added.accountId(), new EmployeeInput(nip, "Sri Audit, S.E.", "III/a", null, null,
				"sri." + nip + "@example.go.id", null));
		AuditRecord changed = single(employee(AuditAction.EMPLOYEE_CHANGED, added.accountId()));
		assertThat(changed.actorAccountId()).isEqualTo(this.coordinatorId);
		assertThat(changed.beforeJson()).isEqualTo("{\"fullName\":\"Sri Audit\",\"rankGrade\":null}");
		assertThat(changed.afterJson()).isEqualTo("{\"fullName\":\"Sri Audit, S.E.\",\"rankGrade\":\"III/a\"}");
		this.roster.setActive(added.accountId(), false);
		this.roster.setActive(added.accountId(), true);
		assertThat(single(employee(AuditAction.EMPLOYEE_DISABLED, added.accountId())).afterJson())
			.isEqualTo("{\"status\":\"DISABLED\"}");
		assertThat(single(employee(AuditAction.EMPLOYEE_ENABLED, added.accountId())).beforeJson())
			.isEqualTo("{\"status\":\"DISABLED\"}");
	}

	@Test
	void activatingANewEmployeesAccountIsRecordedAsTheirOwnAct() {
		String nip = TestData.nip();
		RosterEmployee added = this.roster.add(new EmployeeInput(nip, "Aktif Audit", null, null, null,
				"aktif." + nip + "@example.go.id", null));
		SignIn.out();
		this.context.getBean(AccountActivation.class).activate(ActivationLinks.token(this.context, added.accountId()),
				"Sandi2026baru");
		AuditRecord activated = single(new AuditQuery(null, AuditAction.ACCOUNT_ACTIVATED, AuditObject.ACCOUNT,
				Long.toString(added.accountId()), null, null, null));
		assertThat(activated.actorAccountId()).isEqualTo(added.accountId());
		assertThat(activated.subjectAgencyId()).isEqualTo(this.serangId);
	}

	@Test
	void aRolledBackImportLeavesNeitherEmployeesNorEntries() {
		String nip = TestData.nip();
		String file = "batal-" + nip + ".csv";
		String csv = "NIP,Nama,Pangkat/Golongan,Jabatan,Unit,E-mail,Telepon\n" + nip + ",Batal Audit,,,,,\n";
		ImportPreview preview = this.imports.preview(file, csv.getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult(status -> {
				this.imports.importGoodRows(preview);
				throw new IllegalStateException("the import's transaction fails after it");
			}));
		assertThat(this.roster.roster(new RosterFilter(nip, null, null))).isEmpty();
		assertThat(this.trail.page(new AuditQuery(null, null, AuditObject.ROSTER, file, null, null, null), null, 10))
			.isEmpty();
	}

	@Test
	void creatingAndRevokingAnApiTokenAreRecorded() {
		NewApiToken token = this.tokens.create("SIMPEG audit");
		this.tokens.revoke(token.id());
		this.tokens.revoke(token.id());
		AuditRecord created = single(token(AuditAction.API_TOKEN_CREATED, token.id()));
		assertThat(created.subjectAgencyId()).isEqualTo(this.serangId);
		assertThat(created.afterJson()).contains("SIMPEG audit").doesNotContain(token.token());
		assertThat(single(token(AuditAction.API_TOKEN_REVOKED, token.id())).actorAccountId())
			.as("revoked once, recorded once")
			.isEqualTo(this.coordinatorId);
	}

	private static AuditQuery employee(AuditAction action, long accountId) {
		return new AuditQuery(null, action, AuditObject.EMPLOYEE, Long.toString(accountId), null, null, null);
	}

	private static AuditQuery token(AuditAction action, long tokenId) {
		return new AuditQuery(null, action, AuditObject.API_TOKEN, Long.toString(tokenId), null, null, null);
	}

	private AuditRecord single(AuditQuery query) {
		List<AuditRecord> entries = this.trail.page(query, null, 10);
		assertThat(entries).as(query.toString()).hasSize(1);
		return entries.getFirst();
	}

}
