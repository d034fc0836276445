package id.pelita.notification.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The one class that talks SMTP, with the server of Spring Boot's {@code spring.mail.*} settings. A delivery worker
 * opens one {@link Connection} and sends its whole batch over it, instead of a connection per message. Without
 * {@code spring.mail.host} Boot creates no mail sender and {@link #configured()} is false. Failures are sorted into
 * permanent (a 5xx reply, an invalid address: trying again cannot help) and temporary (anything else).
 */
@Component
public class MailGateway {

	/**
	 * Jakarta Mail looks its stream provider up with a {@link java.util.ServiceLoader} scan of the class path for
	 * every MIME part it creates, reads or writes (jakarta.mail-api 2.1.x), which cost a quarter of the CPU time of
	 * sending. Naming the provider in its system property replaces the scan with one reflective instantiation.
	 */
	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

	private final @Nullable JavaMailSenderImpl sender;

	MailGateway(ObjectProvider<JavaMailSender> senders) {
		nameStreamProvider();
		this.sender = senders.getIfAvailable() instanceof JavaMailSenderImpl impl ? impl : null;
	}

	private static void nameStreamProvider() {
		if (System.getProperty(STREAM_PROVIDER) != null) {
			return;
		}
		try {
			Class.forName(ANGUS_STREAM_PROVIDER, false, MailGateway.class.getClassLoader());
			System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
		}
		catch (ClassNotFoundException ex) {
			// another Jakarta Mail implementation: it keeps its own lookup
		}
	}

	public boolean configured() {
		return this.sender != null && this.sender.getHost() != null && !this.sender.getHost().isBlank();
	}

	/** The configured server's host name; empty without one. Never its credentials. */
	public String host() {
		return configured() && this.sender != null ? String.valueOf(this.sender.getHost()) : "";
	}

	/** The configured server's port (-1: the protocol's default). */
	public int port() {
		return this.sender == null ? -1 : this.sender.getPort();
	}

	/** The mail session of the configured server, for composing messages. */
	public Session session() {
		return requireSender().getSession();
	}

	/** Opens a connection to the server; a {@link MessagingException} when it cannot be reached. */
	public Connection connect() throws MessagingException {
		JavaMailSenderImpl impl = requireSender();
		Transport transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
		transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
		return new Connection(transport);
	}

	private JavaMailSenderImpl requireSender() {
		if (!configured()) {
			throw new IllegalStateException("No SMTP server configured (spring.mail.host)");
		}
		return this.sender;
	}

	/** One open SMTP connection, used by one thread. */
	public static final class Connection implements AutoCloseable {

		private final Transport transport;

		Connection(Transport transport) {
			this.transport = transport;
		}

		public void send(MimeMessage message) throws MessagingException {
			message.saveChanges();
			this.transport.sendMessage(message, message.getAllRecipients());
		}

		public boolean isConnected() {
			return this.transport.isConnected();
		}

		@Override
		public void close() {
			try {
				this.transport.close();
			}
			catch (MessagingException ex) {
				// the connection is gone either way
			}
		}

	}

	/** Why a message was not sent, and whether trying again could help. */
	public record Failure(boolean permanent, String message) {
	}

	/** Sorts a failure: an SMTP 5xx reply or an invalid address is permanent, anything else temporary. */
	public static Failure classify(Exception failure) {
		boolean permanent = false;
		for (Throwable cause : causes(failure)) {
			int code = replyCode(cause);
			if (code >= 500 && code < 600 || cause instanceof AddressException) {
				permanent = true;
			}
		}
		return new Failure(permanent, describe(failure));
	}

	/**
	 * The SMTP reply code of a failure, 0 when it has none. Angus Mail's SMTP exceptions
	 * ({@code SMTPAddressFailedException}, {@code SMTPSendFailedException}, {@code SMTPSenderFailedException}) carry
	 * it as {@code getReturnCode()}; Angus is only on the runtime class path, so the method is looked up.
	 */
	static int replyCode(Throwable failure) {
		if (!(failure instanceof MessagingException)) {
			return 0;
		}
		try {
			Method method = failure.getClass().getMethod("getReturnCode");
			return method.invoke(failure) instanceof Integer code ? code : 0;
		}
		catch (ReflectiveOperationException ex) {
			return 0;
		}
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> causes = new ArrayList<>();
		Throwable current = failure;
		while (current != null && causes.size() < 20 && !causes.contains(current)) {
			causes.add(current);
			Throwable next = current instanceof MessagingException messaging && messaging.getNextException() != null
					? messaging.getNextException() : current.getCause();
			current = next;
		}
		return causes;
	}

	private static String describe(Throwable failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause : causes(failure)) {
			String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
			if (!text.toString().contains(message)) {
				text.append(text.isEmpty() ? "" : "; ").append(message);
			}
		}
		return text.toString();
	}

}
