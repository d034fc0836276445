package id.pelita.identity;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import id.pelita.identity.internal.AccountRepository;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.LoginThrottledException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Accounts and sign-in against a real database; run on H2 and on PostgreSQL by the subclasses. */
@RecordApplicationEvents
abstract class AccountServiceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	AgencyDirectory agencies;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void demoDataHasOneAccountPerRoleAndThreeHundredEmployees() {
		SignIn.as(this.context, "admin");
		assertThat(this.accounts.search(null, Role.PARTICIPANT, null, Pageable.unpaged()).getTotalElements())
			.isGreaterThanOrEqualTo(300);
		for (String username : new String[] { "admin", "penyelenggara", "koordinator", "peserta" }) {
			assertThat(this.repository.findByUsername(username)).as(username).isPresent();
		}
		assertThat(this.agencies.all()).hasSizeGreaterThanOrEqualTo(1 + 8 + 15);
	}

	@Test
	void administratorCreatesAnAccountThatSignsInByNipWithSpaces(@Autowired ApplicationEvents events) {
		SignIn.as(this.context, "admin");
		String username = TestData.username("widya");
		String nip = TestData.nip();
		String spaced = nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
		long id = this.accounts.createAccount(new NewAccount(username, "Widya Pratama", username + "@example.go.id",
				spaced, null, null, Set.of(Role.PARTICIPANT), "rahasia123"));
		assertThat(events.stream(AccountCreated.class)).anySatisfy(event -> assertThat(event.accountId()).isEqualTo(id));
		PelitaUser user = (PelitaUser) SignIn.as(this.context, spaced, "rahasia123").getPrincipal();
		assertThat(user.accountId()).isEqualTo(id);
		assertThat(user.roles()).containsExactly(Role.PARTICIPANT);
		assertThat(SignIn.as(this.context, username.toUpperCase(Locale.ROOT) + "@EXAMPLE.GO.ID", "rahasia123")
			.getPrincipal()).isEqualTo(user);
	}

	@Test
	void duplicateUserNameEmailOrNipIsRefusedAndNothingIsSaved() {
		SignIn.as(this.context, "admin");
		String username = TestData.username("ganda");
		String nip = TestData.nip();
		this.accounts.createAccount(new NewAccount(username, "Ganda Saputra", username + "@example.go.id", nip, null,
				null, Set.of(Role.PARTICIPANT), "rahasia123"));
		long before = this.repository.count();
		assertRefused("account.error.usernameTaken", new NewAccount(username, "Lain", null, null, null, null,
				Set.of(Role.PARTICIPANT), "rahasia123"));
		assertRefused("account.error.emailTaken", new NewAccount(TestData.username("lain"), "Lain",
				username + "@example.go.id", null, null, null, Set.of(Role.PARTICIPANT), "rahasia123"));
		assertRefused("account.error.nipTaken", new NewAccount(TestData.username("lain"), "Lain", null, nip, null,
				null, Set.of(Role.PARTICIPANT), "rahasia123"));
		assertRefused("nip.error.gender", new NewAccount(TestData.username("lain"), "Lain", null,
				"198503122010013003", null, null, Set.of(Role.PARTICIPANT), "rahasia123"));
		assertRefused("password.error.lettersAndDigits", new NewAccount(TestData.username("lain"), "Lain", null,
				null, null, null, Set.of(Role.PARTICIPANT), "abcdefghij"));
		assertRefused("account.error.coordinatorNeedsAgency", new NewAccount(TestData.username("lain"), "Lain",
				null, null, null, null, Set.of(Role.AGENCY_COORDINATOR), "rahasia123"));
		assertThat(this.repository.count()).isEqualTo(before);
	}

	@Test
	void administratorCannotDisableOrDemoteThemselves() {
		PelitaUser admin = (PelitaUser) SignIn.as(this.context, "admin").getPrincipal();
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.accounts.setEnabled(admin.accountId(), false))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("account.error.selfDisable");
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.accounts.changeAccess(admin.accountId(), Set.of(Role.ORGANISER), null))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("account.error.selfDemote");
		assertThat(this.repository.findById(admin.accountId()).orElseThrow().getStatus())
			.isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void disabledAccountCannotSignIn() {
		SignIn.as(this.context, "admin");
		String username = TestData.username("nonaktif");
		long id = this.accounts.createAccount(new NewAccount(username, "Nonaktif", null, null, null, null,
				Set.of(Role.PARTICIPANT), "rahasia123"));
		this.accounts.setEnabled(id, false);
		assertThatExceptionOfType(DisabledException.class)
			.isThrownBy(() -> SignIn.as(this.context, username, "rahasia123"));
	}

	@Test
	void participantCannotUseAdministratorFunctions() {
		SignIn.as(this.context, "peserta");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.accounts.search(null, null, null, Pageable.unpaged()));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.accounts.createAccount(
				new NewAccount("diam-diam", "X", null, null, null, null, Set.of(Role.ADMIN), "rahasia123")));
		assertThat(this.repository.findByUsername("diam-diam")).isEmpty();
	}

	@Test
	void personEditsOwnProfileAndPassword() {
		SignIn.as(this.context, "admin");
		String username = TestData.username("profil");
		this.accounts.createAccount(new NewAccount(username, "Profil Awal", null, TestData.nip(), null, null,
				Set.of(Role.PARTICIPANT), "rahasia123"));
		SignIn.as(this.context, username, "rahasia123");
		this.accounts.updateMyProfile(new ProfileUpdate("Profil Baru, S.E.", "Penata (III/c)", "Perencana",
				username + "@example.go.id", "0812", ZoneId.of("Asia/Makassar"), Locale.ENGLISH));
		Profile profile = this.accounts.myProfile();
		assertThat(profile.fullName()).isEqualTo("Profil Baru, S.E.");
		assertThat(profile.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
		assertThat(profile.language().getLanguage()).isEqualTo("en");
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.accounts.changeMyPassword("salah123", "baru12345"))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("password.error.currentWrong");
		this.accounts.changeMyPassword("rahasia123", "baru12345");
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> SignIn.as(this.context, username, "rahasia123"));
		assertThat(SignIn.as(this.context, username, "baru12345").isAuthenticated()).isTrue();
	}

	@Test
	void repeatedFailedSignInsMakeTheAccountWait() {
		SignIn.as(this.context, "admin");
		String username = TestData.username("tebak");
		this.accounts.createAccount(new NewAccount(username, "Tebak", null, null, null, null,
				Set.of(Role.PARTICIPANT), "rahasia123"));
		String address = "198.51.100." + (System.nanoTime() % 250);
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> SignIn.from(this.context, username, "salah", address));
		}
		assertThatExceptionOfType(LoginThrottledException.class)
			.isThrownBy(() -> SignIn.from(this.context, username, "rahasia123", "203.0.113.9"))
			.satisfies(ex -> {
				assertThat(ex.locked()).isFalse();
				assertThat(ex.retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
			});
		assertThat(SignIn.from(this.context, "peserta", SignIn.DEMO_PASSWORD, address).isAuthenticated()).isTrue();
	}

	private void assertRefused(String reason, NewAccount account) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.accounts.createAccount(account))
			.extracting(UserFacingException::messageKey)
			.isEqualTo(reason);
	}

}
