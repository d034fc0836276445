package id.pelita.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.pelita.identity.AccountActivation.State;
import id.pelita.identity.internal.AccountRepository;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.support.ActivationLinks;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Activation links of imported employees: one use, limited validity, the password policy applies. */
@H2Test
class AccountActivationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountActivation activation;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountRepository repository;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theLinkSetsThePasswordOnceAndTheEmployeeSignsInWithTheirNip() {
		ActivationLinks.Issued issued = ActivationLinks.issue(this.context, "Ratna Wijaya");
		assertThat(this.activation.check(issued.token()))
			.isEqualTo(new AccountActivation.Check(State.VALID, "Ratna Wijaya", issued.nip()));
		this.activation.activate(issued.token(), "serang2026");
		assertThat(this.repository.findById(issued.accountId()).orElseThrow().getStatus())
			.isEqualTo(AccountStatus.ACTIVE);
		PelitaUser user = (PelitaUser) SignIn.as(this.context, issued.nip(), "serang2026").getPrincipal();
		assertThat(user.accountId()).isEqualTo(issued.accountId());
		assertThat(this.activation.check(issued.token()).state()).isEqualTo(State.USED);
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.activation.activate(issued.token(), "lagi2026lagi"))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("activation.error.used");
	}

	@Test
	void aPasswordAgainstThePolicyIsRefusedAndTheLinkStaysValid() {
		ActivationLinks.Issued issued = ActivationLinks.issue(this.context, "Maya Putri");
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.activation.activate(issued.token(), "pendek1"))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("password.error.tooShort");
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.activation.activate(issued.token(), "x" + issued.nip()))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("password.error.personal");
		assertThat(this.activation.check(issued.token()).state()).isEqualTo(State.VALID);
		assertThat(this.repository.findById(issued.accountId()).orElseThrow().getStatus())
			.isEqualTo(AccountStatus.PENDING_ACTIVATION);
	}

	@Test
	void anExpiredLinkNoLongerActivates() {
		ActivationLinks.Issued issued = ActivationLinks.issue(this.context, "Joko Santoso");
		ActivationLinks.expire(this.context, issued.accountId());
		assertThat(this.activation.check(issued.token()).state()).isEqualTo(State.EXPIRED);
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.activation.activate(issued.token(), "serang2026"))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("activation.error.expired");
	}

	@Test
	void unknownLinksAndSwitchedOffAccountsActivateNothing() {
		assertThat(this.activation.check("tidak-ada").state()).isEqualTo(State.UNKNOWN);
		assertThat(this.activation.check("").state()).isEqualTo(State.UNKNOWN);
		ActivationLinks.Issued issued = ActivationLinks.issue(this.context, "Putri Ayu");
		SignIn.as(this.context, "admin");
		this.accounts.setEnabled(issued.accountId(), false);
		SignIn.out();
		assertThat(this.activation.check(issued.token()).state()).isEqualTo(State.UNKNOWN);
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.activation.activate(issued.token(), "serang2026"))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("activation.error.unknown");
	}

	@Test
	void twoSimultaneousActivationsWithOneLinkSetOnePassword() throws Exception {
		ActivationLinks.Issued issued = ActivationLinks.issue(this.context, "Dimas Ramadhan");
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (String password : List.of("pertama2026", "kedua2026")) {
				outcomes.add(threads.submit(() -> {
					start.await();
					try {
						this.activation.activate(issued.token(), password);
						return password;
					}
					catch (UserFacingException ex) {
						return ex.messageKey();
					}
				}));
			}
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).containsOnlyOnce("activation.error.used");
			String winner = results.stream().filter(result -> !result.startsWith("activation")).findFirst().orElseThrow();
			assertThat(SignIn.as(this.context, issued.nip(), winner).isAuthenticated()).isTrue();
		}
		finally {
			threads.shutdownNow();
		}
	}

}
