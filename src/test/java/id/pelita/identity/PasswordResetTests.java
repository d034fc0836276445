package id.pelita.identity;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.Role;
import id.pelita.support.H2Test;
import id.pelita.support.MutableClock;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Forgotten passwords: the link by e-mail (through the outbox), its single use and its hour, and the cooldown. */
@H2Test
@Import(PasswordResetTests.TestClock.class)
class PasswordResetTests {

	private static final Pattern LINK = Pattern.compile("\"link\":\"[^\"]*/atur-sandi/([A-Za-z0-9_-]+)\"");

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

	@Autowired
	ApplicationContext context;

	@Autowired
	PasswordReset reset;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	String username;

	String nip;

	long accountId;

	@BeforeEach
	void activeAccount() {
		this.username = TestData.username("lupa");
		this.nip = TestData.nip();
		SignIn.as(this.context, "admin");
		this.accountId = this.context.getBean(AccountService.class)
			.createAccount(new NewAccount(this.username, "Rina Lupa", this.username + "@pelita.test", this.nip, null,
					null, Set.of(Role.PARTICIPANT), "lama12345"));
		SignIn.out();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aLinkGoesOutByEmailAndSetsTheNewPasswordOnce() {
		this.reset.request(this.nip.substring(0, 8) + " " + this.nip.substring(8, 14) + " " + this.nip.substring(14));
		assertThat(messages()).isOne();
		String token = token();
		PasswordReset.Check check = this.reset.check(token);
		assertThat(check.state()).isEqualTo(PasswordReset.State.VALID);
		assertThat(check.fullName()).isEqualTo("Rina Lupa");

		this.reset.reset(token, "baru67890");

		SignIn.as(this.context, this.username, "baru67890");
		SignIn.out();
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> SignIn.as(this.context, this.username, "lama12345"));
		assertThat(this.reset.check(token).state()).isEqualTo(PasswordReset.State.USED);
		assertRefused("passwordReset.error.used", () -> this.reset.reset(token, "lagi67890"));
	}

	@Test
	void theLinkLastsOneHour() {
		this.reset.request(this.username + "@pelita.test");
		String token = token();
		this.clock.advance(Duration.ofHours(1).plusSeconds(1));
		assertThat(this.reset.check(token).state()).isEqualTo(PasswordReset.State.EXPIRED);
		assertRefused("passwordReset.error.expired", () -> this.reset.reset(token, "baru67890"));
	}

	@Test
	void oneLinkPerFiveMinutesAtMost() {
		this.reset.request(this.username);
		this.reset.request(this.username.toUpperCase());
		assertThat(messages()).isOne();
		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		this.reset.request(this.username);
		assertThat(messages()).isEqualTo(2);
	}

	@Test
	void nothingTellsWhetherAnAccountExists() {
		this.reset.request("nobody-" + this.username);
		this.reset.request("");
		this.reset.request(null);
		assertThat(this.reset.check("no-such-token").state()).isEqualTo(PasswordReset.State.UNKNOWN);
		assertRefused("passwordReset.error.unknown", () -> this.reset.reset("no-such-token", "baru67890"));
		assertThat(messages()).isZero();
	}

	@Test
	void accountsAwaitingActivationOrDisabledGetNoLink() {
		SignIn.as(this.context, "admin");
		this.context.getBean(AccountService.class).setEnabled(this.accountId, false);
		SignIn.out();
		this.reset.request(this.username);
		assertThat(messages()).isZero();
	}

	@Test
	void theNewPasswordFollowsThePolicy() {
		this.reset.request(this.username);
		String token = token();
		assertRefused("password.error.tooShort", () -> this.reset.reset(token, "pendek1"));
		assertThat(this.reset.check(token).state()).as("a refused password leaves the link usable")
			.isEqualTo(PasswordReset.State.VALID);
	}

	private int messages() {
		Integer count = this.jdbc.queryForObject("select count(*) from outbox_message where recipient_account_id = ? "
				+ "and template = 'password-reset'", Integer.class, this.accountId);
		return count == null ? 0 : count;
	}

	private String token() {
		String payload = this.jdbc.queryForObject("select payload from outbox_message where recipient_account_id = ? "
				+ "and template = 'password-reset' order by id desc limit 1", String.class, this.accountId);
		Matcher link = LINK.matcher(payload);
		assertThat(link.find()).as("link in " + payload).isTrue();
		return link.group(1);
	}

	private static void assertRefused(String key, Runnable action) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(action::run)
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}
