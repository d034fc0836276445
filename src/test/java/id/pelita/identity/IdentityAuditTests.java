package id.pelita.identity;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditQuery;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.audit.AuditTrail;
import id.pelita.shared.security.LoginThrottledException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.support.H2Test;
import id.pelita.support.MutableClock;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit entries of the identity module: sign-in success, failure and lock, password reset requested and done,
 * accounts created, switched off and on, roles and agency changed, profiles; each rolled back with its action.
 */
@H2Test
@Import(PasswordResetTests.TestClock.class)
class IdentityAuditTests {

	private static final Pattern LINK = Pattern.compile("\"link\":\"[^\"]*/atur-sandi/([A-Za-z0-9_-]+)\"");

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordReset reset;

	@Autowired
	AuditTrail trail;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	String username;

	long accountId;

	long adminId;

	@BeforeEach
	void account() {
		this.username = TestData.username("jejak");
		this.adminId = ((PelitaUser) SignIn.as(this.context, "admin").getPrincipal()).accountId();
		this.accountId = this.accounts.createAccount(new NewAccount(this.username, "Rudi Jejak",
				this.username + "@pelita.test", null, null, null, Set.of(Role.PARTICIPANT), "rahasia123"));
		SignIn.out();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void creatingAnAccountIsRecordedWithTheAdministratorAndTheNewFields() {
		AuditRecord created = only(AuditAction.ACCOUNT_CREATED);
		assertThat(created.actorUsername()).isEqualTo("admin");
		assertThat(created.actorAccountId()).isEqualTo(this.adminId);
		assertThat(created.actorRoles()).contains("ADMIN");
		assertThat(created.objectType()).isEqualTo("ACCOUNT");
		assertThat(created.objectId()).isEqualTo(Long.toString(this.accountId));
		assertThat(created.beforeJson()).isNull();
		assertThat(created.afterJson()).contains("\"username\":\"" + this.username + "\"", "\"roles\":\"PARTICIPANT\"")
			.doesNotContain("rahasia123", "password");
	}

	@Test
	void signInSuccessFailureAndLockAreRecordedWithWhoTriedFromWhere() {
		String address = "198.51.100." + (System.nanoTime() % 250);
		SignIn.from(this.context, this.username, "rahasia123", address);
		SignIn.out();
		AuditRecord success = only(AuditAction.SIGN_IN);
		assertThat(success.actorAccountId()).isEqualTo(this.accountId);
		assertThat(success.actorUsername()).isEqualTo(this.username);
		assertThat(success.actorName()).isEqualTo("Rudi Jejak");
		for (int i = 0; i < 6; i++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> SignIn.from(this.context, this.username.toUpperCase(), "salah", address));
			this.clock.advance(Duration.ofSeconds(1 + (i < 2 ? 0 : 30L << (i - 2)))); // past each wait, within the window
		}
		List<AuditRecord> failures = about(AuditAction.SIGN_IN_FAILED);
		assertThat(failures).hasSize(6).allSatisfy(failure -> {
			assertThat(failure.actorAccountId()).as("not signed in").isNull();
			assertThat(failure.actorUsername()).as("the name typed").isEqualTo(this.username);
			assertThat(failure.afterJson()).contains("BAD_CREDENTIALS").doesNotContain("salah");
		});
		assertThat(only(AuditAction.SIGN_IN_LOCKED).afterJson()).contains("TOO_MANY_FAILURES");
		assertThatExceptionOfType(LoginThrottledException.class)
			.isThrownBy(() -> SignIn.from(this.context, this.username, "rahasia123", address))
			.satisfies(ex -> assertThat(ex.locked()).isTrue());
	}

	@Test
	void aPasswordResetIsRecordedWhenRequestedAndWhenDone() {
		this.reset.request(this.username);
		AuditRecord requested = only(AuditAction.PASSWORD_RESET_REQUESTED);
		assertThat(requested.actorAccountId()).isNull();
		assertThat(requested.actorUsername()).isEqualTo(this.username);
		this.reset.reset(token(), "baru67890");
		AuditRecord done = only(AuditAction.PASSWORD_RESET);
		assertThat(done.actorAccountId()).as("the holder of the link").isEqualTo(this.accountId);
		assertThat(done.beforeJson()).isNull();
		assertThat(done.afterJson()).isNull();
	}

	@Test
	void disablingEnablingAndChangingAccessAreRecordedWithBeforeAndAfter() {
		SignIn.as(this.context, "admin");
		long agencyId = this.agencies.all().getFirst().id();
		this.accounts.setEnabled(this.accountId, false);
		this.accounts.setEnabled(this.accountId, true);
		this.accounts.changeAccess(this.accountId, Set.of(Role.PARTICIPANT, Role.ORGANISER), agencyId);
		assertThat(only(AuditAction.ACCOUNT_DISABLED).afterJson()).isEqualTo("{\"status\":\"DISABLED\"}");
		assertThat(only(AuditAction.ACCOUNT_ENABLED).beforeJson()).isEqualTo("{\"status\":\"DISABLED\"}");
		AuditRecord access = only(AuditAction.ACCOUNT_ACCESS_CHANGED);
		assertThat(access.beforeJson()).isEqualTo("{\"agencyId\":null,\"roles\":\"PARTICIPANT\"}");
		assertThat(access.afterJson()).isEqualTo("{\"agencyId\":" + agencyId + ",\"roles\":\"ORGANISER,PARTICIPANT\"}");
		assertThat(access.subjectAgencyId()).isEqualTo(agencyId);
	}

	@Test
	void aProfileChangeRecordsTheChangedFieldsByTheirHolder() {
		SignIn.as(this.context, this.username, "rahasia123");
		Profile profile = this.accounts.myProfile();
		this.accounts.updateMyProfile(new ProfileUpdate("Rudi Jejak, S.T.", profile.rankGrade(), profile.position(),
				"baru." + this.username + "@pelita.test", profile.phone(), profile.zone(), profile.language()));
		AuditRecord changed = only(AuditAction.PROFILE_CHANGED);
		assertThat(changed.actorAccountId()).isEqualTo(this.accountId);
		assertThat(changed.beforeJson()).isEqualTo("{\"fullName\":\"Rudi Jejak\",\"email\":\"" + this.username
				+ "@pelita.test\"}");
		assertThat(changed.afterJson()).contains("Rudi Jejak, S.T.", "baru." + this.username);
	}

	@Test
	void anActionRolledBackTakesItsEntryWithIt() {
		SignIn.as(this.context, "admin");
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.transactions.executeWithoutResult(
				status -> {
					this.accounts.setEnabled(this.accountId, false);
					assertThat(about(AuditAction.ACCOUNT_DISABLED)).as("written in the transaction").hasSize(1);
					throw new IllegalStateException("the caller's transaction fails later");
				}));
		assertThat(about(AuditAction.ACCOUNT_DISABLED)).isEmpty();
		assertThat(this.accounts.search(this.username, null, null, org.springframework.data.domain.Pageable.unpaged())
			.getContent()
			.getFirst()
			.status()).isEqualTo(AccountStatus.ACTIVE);
	}

	private List<AuditRecord> about(AuditAction action) {
		return this.trail.page(new AuditQuery(null, action, null, Long.toString(this.accountId), null, null, null),
				null, 100);
	}

	private AuditRecord only(AuditAction action) {
		List<AuditRecord> entries = about(action);
		assertThat(entries).as(action.name()).hasSize(1);
		return entries.getFirst();
	}

	private String token() {
		String payload = this.jdbc.queryForObject("select payload from outbox_message where recipient_account_id = ? "
				+ "and template = 'password-reset' order by id desc limit 1", String.class, this.accountId);
		Matcher link = LINK.matcher(payload);
		assertThat(link.find()).as("link in " + payload).isTrue();
		return link.group(1);
	}

}
