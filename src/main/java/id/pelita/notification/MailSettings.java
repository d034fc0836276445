package id.pelita.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender of every e-mail, {@code pelita.mail.from} (default {@code Pelita LMS <no-reply@localhost>}). The SMTP
 * server itself is Spring Boot's {@code spring.mail.*}; without {@code spring.mail.host} no e-mail is sent and the
 * notice centre alone informs people.
 */
@ConfigurationProperties("pelita.mail")
public record MailSettings(@DefaultValue("Pelita LMS <no-reply@localhost>") String from) {
}
