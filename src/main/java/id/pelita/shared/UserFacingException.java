package id.pelita.shared;

import java.util.Arrays;

/**
 * A failure the user caused and can fix. It carries a translation key and its arguments rather than a finished
 * sentence, so the view shows it in the user's language. Services throw it before they change anything.
 */
public class UserFacingException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public UserFacingException(String messageKey, Object... arguments) {
		super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
