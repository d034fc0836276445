package id.pelita.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A message of the outbox as the administrator's list shows it. */
public record OutboxMessage(long id, @Nullable Long accountId, @Nullable String email, String template,
		OutboxStatus status, int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
		@Nullable Instant sentAt) {
}
