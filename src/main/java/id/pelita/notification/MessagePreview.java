package id.pelita.notification;

import org.jspecify.annotations.Nullable;

/**
 * A message as its recipient gets it: subject, plain text and HTML, in the recipient's language.
 *
 * @param calendarMethod the METHOD of the attached calendar object (REQUEST, CANCEL), null without one
 */
public record MessagePreview(long id, @Nullable String email, String subject, String text, String html,
		@Nullable String calendarMethod) {
}
