package id.pelita.notification;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import id.pelita.benchmark.Benchmark;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.identity.PersonDirectory;
import id.pelita.liveclass.LiveClassFixtures;
import id.pelita.shared.security.Role;
import id.pelita.support.Await;
import id.pelita.support.TestData;
import id.pelita.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole reminder path, as in production: 20 sessions of a run with 500 confirmed participants (10,000
 * reminders) whose 1-hour reminders fall due at the same moment; Quartz fires the reminder jobs, each writes its
 * 500 reminders to the outbox and starts a delivery run, and the delivery job sends them to a local SMTP server
 * (GreenMail). Prints the time from the moment the reminders fell due until the server has received all 10,000.
 * Run with {@code ./mvnw -B -Pbenchmark test -Dtest=ReminderFanOutBenchmarks}.
 */
@Tag("benchmark")
@SpringBootTest(properties = { "pelita.outbox.scheduled=true", "pelita.notification.jobs.outbox-delivery=1h" })
@ActiveProfiles("test")
class ReminderFanOutBenchmarks {

	private static final int PARTICIPANTS = 500;

	private static final int SESSIONS = 20;

	private static final TestSmtp MAIL = TestSmtp.onFreePort();

	private static final GreenMail smtp = MAIL.server();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		MAIL.register(registry);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@BeforeAll
	static void startSmtp() {
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void tenThousandRemindersAreDeliveredWithinSecondsOfFallingDue() {
		LiveClassFixtures live = new LiveClassFixtures(this.context);
		EnrolmentFixtures fixtures = live.enrolment();
		long runId = fixtures.openRun(PARTICIPANTS, java.util.Map.of(), id.pelita.catalog.EnrolmentMode.OPEN);
		long agencyId = fixtures.agency("36.04.02");
		String domain = "fanout.pelita.test";
		List<Long> accounts = fixtures.asSystem(() -> {
			List<Long> ids = new ArrayList<>();
			AccountService service = this.context.getBean(AccountService.class);
			for (int i = 0; i < PARTICIPANTS; i++) {
				String username = TestData.username("fan");
				ids.add(service.createSystemAccount(new NewAccount(username, "Peserta " + i, username + "@" + domain,
						null, null, agencyId, Set.of(Role.PARTICIPANT), null)));
			}
			return ids;
		});
		ParticipantEnrolments enrolments = this.context.getBean(ParticipantEnrolments.class);
		this.context.getBean(PersonDirectory.class)
			.findAll(accounts)
			.forEach(person -> fixtures.as(EnrolmentFixtures.participant(person), () -> enrolments.enrol(runId)));

		Instant due = this.clock.instant().plus(Duration.ofSeconds(40)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		for (int i = 0; i < SESSIONS; i++) {
			live.sessionAt(runId, due.plus(Duration.ofHours(1)).plusMillis(i), 60);
		}
		// The invitations of the 20 sessions are not what is measured: they are set aside before the reminders fall due.
		int invitations = this.jdbc.update(
				"update outbox_message set status = 'SKIPPED' where template = 'session-scheduled' and status = 'PENDING'");
		assertThat(this.clock.instant()).as("set-up finished before the reminders fall due").isBefore(due);
		Await.until("the reminders fall due", Duration.ofMinutes(1), () -> !this.clock.instant().isBefore(due));

		int expected = PARTICIPANTS * SESSIONS;
		Await.until(expected + " reminders received", Duration.ofMinutes(3), () -> reminders(domain) >= expected);
		Instant done = this.clock.instant();
		int received = reminders(domain);
		double seconds = Duration.between(due, done).toMillis() / 1000.0;
		Benchmark.report(String.format(Locale.ROOT,
				"reminders: %d of %d reminder e-mails received by the SMTP server %.1f s after they fell due "
						+ "(%d sessions x %d participants; %d invitations set aside)",
				received, expected, seconds, SESSIONS, PARTICIPANTS, invitations));
		assertThat(received).isEqualTo(expected);
	}

	private static int reminders(String domain) {
		int count = 0;
		for (MimeMessage message : smtp.getReceivedMessagesForDomain(domain)) {
			try {
				String subject = message.getSubject();
				if (subject != null && (subject.startsWith("Pengingat") || subject.startsWith("Reminder"))) {
					count++;
				}
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return count;
	}

}
