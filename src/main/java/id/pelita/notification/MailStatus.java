package id.pelita.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * E-mail as the integration checks see it: the SMTP server configured ({@code spring.mail.host} and port; never its
 * credentials), the outbox's last delivery, its backlog (messages waiting or being sent) and its failures (messages
 * given up) with the last failure's error.
 */
public record MailStatus(boolean configured, String host, int port, @Nullable Instant lastDeliveryAt, long backlog,
		long failed, @Nullable String lastFailure) {
}
