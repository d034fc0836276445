package id.pelita.notification.internal;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One message to send: to an account (its e-mail and notice centre) and/or an e-mail address, from a template
 * in the recipient's language with its parameters.
 */
public record OutboxEntry(@Nullable Long accountId, @Nullable String email, String template, Locale locale,
		Map<String, String> parameters) {
}
