package id.pelita.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One notice of the notice centre, in the reader's language.
 *
 * @param link the page it leads to: a path of the application (no leading slash) or an outside address
 */
public record Notice(long id, MessageKind kind, String title, String body, @Nullable String link, Instant createdAt,
		boolean read) {
}
