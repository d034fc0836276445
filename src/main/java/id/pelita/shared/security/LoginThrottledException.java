package id.pelita.shared.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused for now because of repeated failures for the account or the address. */
public class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	private final boolean locked;

	public LoginThrottledException(Duration retryAfter, boolean locked) {
		super("Too many failed sign-ins; retry after " + retryAfter);
		this.retryAfter = retryAfter;
		this.locked = locked;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** Whether the account or address is locked (as opposed to merely slowed down). */
	public boolean locked() {
		return this.locked;
	}

}
