package id.pelita.identity.internal;

import java.util.Set;

import id.pelita.identity.AccountService;
import id.pelita.identity.AccountStatus;
import id.pelita.identity.IdentitySettings;
import id.pelita.identity.NewAccount;
import id.pelita.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production, makes sure an administrator exists: when there is none, creates the one configured in
 * {@code pelita.identity.bootstrap-admin.*} and refuses to start when that configuration is missing.
 */
@Component
@Profile("prod")
@Order(100)
class BootstrapAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

	private final AccountRepository accounts;

	private final AccountService accountService;

	private final IdentitySettings.BootstrapAdmin admin;

	BootstrapAdministrator(AccountRepository accounts, AccountService accountService, IdentitySettings settings) {
		this.accounts = accounts;
		this.accountService = accountService;
		this.admin = settings.bootstrapAdmin();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.existsByRoleAndStatus(Role.ADMIN, AccountStatus.ACTIVE)) {
			return;
		}
		if (this.admin.username() == null || this.admin.password() == null) {
			throw new IllegalStateException("No administrator exists yet. Set PELITA_IDENTITY_BOOTSTRAP_ADMIN_USERNAME "
					+ "and PELITA_IDENTITY_BOOTSTRAP_ADMIN_PASSWORD (optionally _EMAIL and _FULL_NAME) to create the "
					+ "first one.");
		}
		String fullName = this.admin.fullName() != null ? this.admin.fullName() : "Administrator";
		this.accountService.createSystemAccount(new NewAccount(this.admin.username(), fullName, this.admin.email(),
				null, null, null, Set.of(Role.ADMIN), this.admin.password()));
		log.info("Created the first administrator '{}' from configuration", this.admin.username());
	}

}
