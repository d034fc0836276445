package id.pelita.shared.security;

import id.pelita.shared.UserFacingException;

/**
 * A refusal because the person or thing belongs outside what the user may touch, typically another agency than
 * the coordinator's own and its units. Views show it like any {@link UserFacingException}; the REST API answers
 * 403.
 */
public class OutsideScopeException extends UserFacingException {

	public OutsideScopeException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
