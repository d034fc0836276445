package id.pelita.operations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.certificate.CertificateVerification;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.AccountAnonymisation;
import id.pelita.identity.PersonRef;
import id.pelita.learning.ParticipantCompleted;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.SystemUser;
import id.pelita.support.Await;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A person's own data download holds their profile, enrolments, certificates (with the PDF), JP credits and
 * notices and nothing of anyone else; anonymising a departed person keeps their certificate verifiable and the
 * statistics as they were, and is refused for oneself and for the last administrator.
 */
@H2Test
class PersonalDataTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	PersonalDataService personalData;

	@Autowired
	AccountAnonymisation anonymisation;

	@Autowired
	CertificateVerification verification;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theDownloadHoldsThePersonsOwnDataAndNothingOfAnyoneElse() throws IOException {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		long agencyId = fixtures.agency("36.04.02");
		long runId = fixtures.openRun(50, Map.of(), EnrolmentMode.OPEN);
		PersonRef ani = fixtures.employeeNamed("Ani Kurniasih", agencyId);
		PersonRef budi = fixtures.employeeNamed("Budi Santoso", agencyId);
		issue(runId, ani);
		issue(runId, budi);

		fixtures.signIn(EnrolmentFixtures.participant(ani));
		Map<String, String> zip = entries(this.personalData.myData());

		assertThat(zip).containsKeys("index.json", "profile.json", "enrolments.json", "attendance.json",
				"quiz-attempts.json", "completions.json", "certificates.json", "jp-ledger.json", "jp-external.json",
				"notices.json");
		assertThat(zip.get("profile.json")).contains("Ani Kurniasih").contains(ani.nip()).doesNotContain("password");
		assertThat(zip.get("certificates.json")).contains("Ani Kurniasih");
		assertThat(zip.get("notices.json")).startsWith("[");
		assertThat(zip.keySet()).anySatisfy(name -> assertThat(name).startsWith("certificates/").endsWith(".pdf"));
		assertThat(zip.get("jp-ledger.json")).contains("\"account_id\" : " + ani.accountId());
		String everything = String.join("\n", zip.values()) + String.join("\n", zip.keySet());
		assertThat(everything).doesNotContain("Budi Santoso").doesNotContain(budi.nip());
		assertThat(this.jdbc.queryForObject("select count(*) from audit_log where action = 'PERSONAL_DATA_DOWNLOADED'"
				+ " and subject_account_id = ?", Integer.class, ani.accountId())).isEqualTo(1);
	}

	@Test
	void anAnonymisedPersonCannotSignInAndTheirCertificateStillVerifiesWithItsName() {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		long agencyId = fixtures.agency("36.04.03");
		long runId = fixtures.openRun(50, Map.of(), EnrolmentMode.OPEN);
		PersonRef citra = fixtures.employeeNamed("Citra Lestari", agencyId);
		String username = this.jdbc.queryForObject("select username from account where id = ?", String.class,
				citra.accountId());
		this.jdbc.update("update account set password_hash = ?, status = 'ACTIVE' where id = ?",
				this.passwords.encode("Rahasia-Citra-2026"), citra.accountId());
		issue(runId, citra);
		String code = this.jdbc.queryForObject("select code from certificate where account_id = ?", String.class,
				citra.accountId());
		Object ledger = this.jdbc.queryForObject("select sum(jp) from jp_ledger_entry where account_id = ?",
				Object.class, citra.accountId());

		SystemUser.run(() -> this.anonymisation.anonymise(citra.accountId()));

		Map<String, Object> account = this.jdbc.queryForMap(
				"select username, full_name, nip, email, phone, password_hash, status from account where id = ?",
				citra.accountId());
		assertThat(account).containsEntry("username", "anonim-" + citra.accountId())
			.containsEntry("nip", null).containsEntry("email", null).containsEntry("phone", null)
			.containsEntry("password_hash", null).containsEntry("status", "DISABLED");
		assertThat((String) account.get("full_name")).doesNotContain("Citra");
		assertThatThrownBy(() -> SignIn.as(this.context, username, "Rahasia-Citra-2026"))
			.isInstanceOf(AuthenticationException.class);
		assertThat(this.verification.byCode(code).orElseThrow().holderName()).isEqualTo("Citra Lestari");
		assertThat(this.jdbc.queryForObject("select sum(jp) from jp_ledger_entry where account_id = ?", Object.class,
				citra.accountId())).isEqualTo(ledger);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_log where action = 'ACCOUNT_ANONYMISED'"
				+ " and subject_account_id = ?", Integer.class, citra.accountId())).isEqualTo(1);
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> SystemUser.run(() -> this.anonymisation.anonymise(citra.accountId())))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("account.anonymise.error.already"));
	}

	@Test
	void refusedForOneselfAndForTheLastAdministratorWithNothingChanged() {
		Long admin = this.jdbc.queryForObject("select a.id from account a join account_role r on r.account_id = a.id"
				+ " where r.role = 'ADMIN' and a.status = 'ACTIVE' order by a.id limit 1", Long.class);
		this.jdbc.update("update account set status = 'DISABLED' where status = 'ACTIVE' and id <> ?"
				+ " and id in (select account_id from account_role where role = 'ADMIN')", admin);
		Map<String, Object> before = this.jdbc.queryForMap("select * from account where id = ?", admin);
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> SystemUser.run(() -> this.anonymisation.anonymise(admin)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("account.anonymise.error.lastAdmin"));
		String adminName = this.jdbc.queryForObject("select username from account where id = ?", String.class, admin);
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		fixtures.signIn(EnrolmentFixtures.user(admin, adminName, null, id.pelita.shared.security.Role.ADMIN));
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.anonymisation.anonymise(admin))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("account.anonymise.error.self"));
		assertThat(this.jdbc.queryForMap("select * from account where id = ?", admin)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_log where action = 'ACCOUNT_ANONYMISED'"
				+ " and subject_account_id = ?", Integer.class, admin)).isZero();
	}

	private void issue(long runId, PersonRef person) {
		Await.until("the demo official's signature", Duration.ofSeconds(20), () -> this.jdbc
			.queryForObject("select count(*) from certificate_official where signature_path is not null", Integer.class) > 0);
		this.transactions.executeWithoutResult(
				status -> this.events.publishEvent(new ParticipantCompleted(runId, person.accountId(), Instant.now())));
		Await.until("the certificate and its JP credit", Duration.ofSeconds(30), () -> this.jdbc.queryForObject(
				"select count(*) from jp_ledger_entry where account_id = ?", Integer.class, person.accountId()) == 1
				&& this.jdbc.queryForObject("select count(*) from certificate where account_id = ? and pdf_path is not null",
						Integer.class, person.accountId()) == 1);
	}

	private static Map<String, String> entries(byte[] zip) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] content = in.readAllBytes();
				entries.put(entry.getName(), entry.getName().endsWith(".pdf") ? "%PDF(" + content.length + ")"
						: new String(content, StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

}
