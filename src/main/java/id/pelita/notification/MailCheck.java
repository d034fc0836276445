package id.pelita.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import id.pelita.notification.internal.MailGateway;
import id.pelita.notification.internal.OutboxStore;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail for the integration checks: the status of SMTP and the outbox ({@link #status()}, also for the health
 * contributor), and the administrator's test e-mail, sent at once over the configured server (not through the
 * outbox), so that the answer is the server's own.
 */
@Service
public class MailCheck {

	/** A plain address: something, one {@code @}, a domain with a dot; no name, no spaces. */
	private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>()\",;]+@[^@\\s<>()\",;]+\\.[^@\\s<>()\",;.]+");

	private final MailGateway gateway;

	private final OutboxStore outbox;

	private final MailSettings settings;

	private final Translations translations;

	private final Clock clock;

	MailCheck(MailGateway gateway, OutboxStore outbox, MailSettings settings, Translations translations,
			Clock clock) {
		this.gateway = gateway;
		this.outbox = outbox;
		this.settings = settings;
		this.translations = translations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public MailStatus status() {
		Map<OutboxStatus, Long> counts = this.outbox.counts();
		long failed = counts.getOrDefault(OutboxStatus.FAILED, 0L);
		return new MailStatus(this.gateway.configured(), this.gateway.host(), this.gateway.port(),
				this.outbox.lastSentAt().orElse(null),
				counts.getOrDefault(OutboxStatus.PENDING, 0L) + counts.getOrDefault(OutboxStatus.SENDING, 0L), failed,
				failed == 0 ? null : this.outbox.lastFailure().orElse(null));
	}

	/**
	 * Sends a short test e-mail to {@code address} in the given language. A malformed address, or no SMTP server
	 * configured: a {@link UserFacingException}; the server refusing or not answering: a {@link Failed} with its
	 * own message.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public void sendTest(String address, Locale locale) {
		String to = address == null ? "" : address.strip();
		InternetAddress recipient = recipient(to);
		if (!this.gateway.configured()) {
			throw new UserFacingException("mail.test.notConfigured");
		}
		try (MailGateway.Connection connection = this.gateway.connect()) {
			MimeMessage message = new MimeMessage(this.gateway.session());
			message.setFrom(new InternetAddress(this.settings.from(), true));
			message.setRecipient(Message.RecipientType.TO, recipient);
			message.setSubject(this.translations.translate("mail.test.subject", locale), StandardCharsets.UTF_8.name());
			message.setSentDate(Date.from(this.clock.instant()));
			message.setHeader("Auto-Submitted", "auto-generated");
			message.setText(this.translations.translate("mail.test.text", locale), StandardCharsets.UTF_8.name());
			connection.send(message);
		}
		catch (MessagingException ex) {
			throw new Failed(MailGateway.classify(ex).message(), ex);
		}
	}

	private static InternetAddress recipient(String to) {
		if (to.isEmpty() || to.length() > 254 || !ADDRESS.matcher(to).matches()) {
			throw new UserFacingException("mail.test.badAddress", to);
		}
		try {
			return new InternetAddress(to, true);
		}
		catch (AddressException ex) {
			throw new UserFacingException("mail.test.badAddress", to);
		}
	}

	/** The SMTP server did not take the test e-mail; the message is the server's (or the connection's). */
	public static final class Failed extends RuntimeException {

		Failed(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
