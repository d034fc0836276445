package id.pelita.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and account bootstrap, under {@code pelita.identity}.
 *
 * @param throttle how repeated failed sign-ins slow down and then lock an account or an address
 * @param bootstrapAdmin the first administrator of a production installation (environment variables
 * {@code PELITA_IDENTITY_BOOTSTRAP_ADMIN_USERNAME}, {@code ..._PASSWORD}, {@code ..._EMAIL}, {@code ..._FULL_NAME})
 */
@ConfigurationProperties("pelita.identity")
public record IdentitySettings(@DefaultValue Throttle throttle, @DefaultValue BootstrapAdmin bootstrapAdmin) {

	/**
	 * @param accountSlowdownAfter failures of one account after which each further attempt must wait
	 * @param accountLockAfter failures of one account that lock it for {@code lockDuration}
	 * @param addressSlowdownAfter failures from one address after which it must wait
	 * @param addressLockAfter failures from one address that lock it
	 * @param window how long failures are remembered
	 * @param lockDuration how long a lock lasts
	 * @param firstDelay the first wait; it doubles with each further failure
	 */
	public record Throttle(@DefaultValue("3") int accountSlowdownAfter, @DefaultValue("6") int accountLockAfter,
			@DefaultValue("10") int addressSlowdownAfter, @DefaultValue("30") int addressLockAfter,
			@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration,
			@DefaultValue("5s") Duration firstDelay) {
	}

	public record BootstrapAdmin(@Nullable String username, @Nullable String password, @Nullable String email,
			@Nullable String fullName) {
	}

}
