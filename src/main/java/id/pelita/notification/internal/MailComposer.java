package id.pelita.notification.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import id.pelita.notification.MailSettings;
import id.pelita.shared.PublicUrl;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.stereotype.Component;

/**
 * Builds the MIME message of a rendered message: {@code multipart/alternative} of plain text and HTML, plus, for a
 * message with a calendar object, a {@code text/calendar; method=...} alternative and the same object attached as
 * {@code invite.ics} (inside {@code multipart/mixed}), as iMIP (RFC 6047) expects. Every message of one outbox row
 * carries the same Message-ID, so that the rare second delivery after a crash (see {@code OutboxDelivery}) is
 * recognisable as the same message by the recipient's mail programme.
 */
@Component
public class MailComposer {

	static final String CALENDAR_FILE = "invite.ics";

	private final InternetAddress from;

	private final String domain;

	private final Clock clock;

	MailComposer(MailSettings settings, PublicUrl publicUrl,
			Clock clock) {
		try {
			this.from = new InternetAddress(settings.from(), true);
		}
		catch (AddressException ex) {
			throw new IllegalStateException("pelita.mail.from is not an e-mail address: " + settings.from(), ex);
		}
		String host = publicUrl.host();
		this.domain = host == null || host.isBlank() ? "localhost" : host.toLowerCase(Locale.ROOT);
		this.clock = clock;
	}

	/** The Message-ID of an outbox message: the same for every attempt. */
	public String messageId(long outboxId, Instant createdAt) {
		return "<pelita." + outboxId + "." + createdAt.getEpochSecond() + "@" + this.domain + ">";
	}

	public MimeMessage compose(Session session, String to, String messageId, RenderedMessage rendered)
			throws MessagingException {
		MimeMessage message = new FixedIdMessage(session, messageId);
		message.setFrom(this.from);
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
		message.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
		message.setSentDate(Date.from(this.clock.instant()));
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("Content-Language", rendered.locale().getLanguage());
		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(rendered.text(), StandardCharsets.UTF_8.name(), "plain");
		alternative.addBodyPart(text);
		MimeBodyPart html = new MimeBodyPart();
		html.setText(rendered.html(), StandardCharsets.UTF_8.name(), "html");
		alternative.addBodyPart(html);
		RenderedMessage.Calendar calendar = rendered.calendar();
		if (calendar == null) {
			message.setContent(alternative);
			return message;
		}
		byte[] ics = calendar.ics().getBytes(StandardCharsets.UTF_8);
		MimeBodyPart inline = new MimeBodyPart();
		inline.setDataHandler(new DataHandler(new ByteArrayDataSource(ics,
				"text/calendar; method=" + calendar.method() + "; charset=UTF-8")));
		inline.setHeader("Content-Type", "text/calendar; method=" + calendar.method() + "; charset=UTF-8");
		alternative.addBodyPart(inline);
		MimeBodyPart body = new MimeBodyPart();
		body.setContent(alternative);
		MimeBodyPart attachment = new MimeBodyPart();
		attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics,
				"application/ics; name=" + CALENDAR_FILE)));
		attachment.setHeader("Content-Type", "application/ics; name=" + CALENDAR_FILE);
		attachment.setDisposition(Part.ATTACHMENT);
		attachment.setFileName(CALENDAR_FILE);
		MimeMultipart mixed = new MimeMultipart("mixed");
		mixed.addBodyPart(body);
		mixed.addBodyPart(attachment);
		message.setContent(mixed);
		return message;
	}

	/** A message that keeps the Message-ID it was given instead of inventing one when saved. */
	private static final class FixedIdMessage extends MimeMessage {

		private final String messageId;

		FixedIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
