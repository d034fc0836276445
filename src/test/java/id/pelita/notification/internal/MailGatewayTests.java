package id.pelita.notification.internal;

import java.net.ConnectException;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which SMTP failures are worth another attempt, as Angus Mail reports them. */
class MailGatewayTests {

	@Test
	void aRecipientRefusedWithA5xxReplyIsPermanent() throws Exception {
		SMTPAddressFailedException refused = new SMTPAddressFailedException(new InternetAddress("a@b.go.id"),
				"RCPT TO:<a@b.go.id>", 550, "550 5.1.1 <a@b.go.id>: Recipient address rejected: User unknown");
		SendFailedException failure = new SendFailedException("Invalid Addresses", refused);
		MailGateway.Failure classified = MailGateway.classify(failure);
		assertThat(classified.permanent()).isTrue();
		assertThat(classified.message()).contains("Invalid Addresses", "User unknown");
	}

	@Test
	void aGreylistingOrFullMailbox4xxReplyIsTriedAgain() throws Exception {
		SMTPAddressFailedException greylisted = new SMTPAddressFailedException(new InternetAddress("a@b.go.id"),
				"RCPT TO:<a@b.go.id>", 451, "451 4.7.1 Greylisted, try again later");
		assertThat(MailGateway.classify(new SendFailedException("Invalid Addresses", greylisted)).permanent())
			.isFalse();
	}

	@Test
	void aMessageRefusedAfterDataWithA5xxReplyIsPermanent() {
		SMTPSendFailedException refused = new SMTPSendFailedException("DATA", 554, "554 5.7.1 Message rejected", null,
				null, null, null);
		assertThat(MailGateway.classify(refused).permanent()).isTrue();
	}

	@Test
	void anUnreachableServerIsTemporary() {
		MessagingException unreachable = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 1",
				new ConnectException("Connection refused"));
		MailGateway.Failure classified = MailGateway.classify(unreachable);
		assertThat(classified.permanent()).isFalse();
		assertThat(classified.message()).contains("Connection refused");
	}

	@Test
	void aMalformedAddressIsPermanent() {
		assertThat(MailGateway.classify(new AddressException("Illegal whitespace in address", "bukan alamat@x")).permanent())
			.isTrue();
	}

}
