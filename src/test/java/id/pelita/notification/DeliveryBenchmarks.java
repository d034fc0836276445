package id.pelita.notification;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import id.pelita.benchmark.Benchmark;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.notification.internal.OutboxDelivery;
import id.pelita.notification.internal.OutboxEntry;
import id.pelita.notification.internal.OutboxWriter;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.Role;
import id.pelita.support.TestData;
import id.pelita.support.TestSmtp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fan-out of 10,000 session reminders (20 sessions, 500 participants with e-mail addresses) to a local SMTP server
 * (GreenMail): the time to write them to the outbox, and the time from starting delivery until the server has
 * received all of them. Run with {@code ./mvnw -B -Pbenchmark test -Dtest=DeliveryBenchmarks}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class DeliveryBenchmarks {

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
	OutboxWriter writer;

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeAll
	static void startSmtp() {
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void tenThousandRemindersReachTheSmtpServer() {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		long agencyId = fixtures.agency("36.04");
		List<Long> accounts = fixtures.asSystem(() -> {
			List<Long> ids = new ArrayList<>();
			AccountService service = this.context.getBean(AccountService.class);
			for (int i = 0; i < PARTICIPANTS; i++) {
				String username = TestData.username("bench");
				ids.add(service.createSystemAccount(new NewAccount(username, "Peserta " + i, username + "@bench.pelita.test",
						null, null, agencyId, Set.of(Role.PARTICIPANT), null)));
			}
			return ids;
		});
		this.delivery.deliverDue();
		int before = smtp.getReceivedMessages().length;
		List<OutboxEntry> reminders = new ArrayList<>(PARTICIPANTS * SESSIONS);
		Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		for (int session = 0; session < SESSIONS; session++) {
			Map<String, String> payload = new HashMap<>();
			payload.put("sessionTitle", "Sesi " + (session + 1) + ": Kebijakan Publik");
			payload.put("courseTitle", "Analisis Kebijakan Publik");
			payload.put("runName", "Angkatan III - Maret 2027");
			payload.put("startsAt", start.plus(session, ChronoUnit.HOURS).toString());
			payload.put("zone", "Asia/Jakarta");
			payload.put("durationMinutes", "90");
			payload.put("pageUrl", "/sesi/" + (1000 + session));
			payload.put("offset", "PT24H");
			for (long accountId : accounts) {
				reminders.add(new OutboxEntry(accountId, "p" + accountId + "@bench.pelita.test", "session-reminder",
						accountId % 5 == 0 ? Translations.ENGLISH : Translations.INDONESIAN, payload));
			}
		}
		Benchmark.once("outbox: enqueue " + reminders.size() + " reminders with notices",
				() -> new TransactionTemplate(this.transactions)
					.executeWithoutResult(status -> this.writer.enqueue(reminders)));
		int expected = before + reminders.size();
		long[] sent = new long[1];
		Benchmark.Result delivered = Benchmark.once("outbox: deliver " + reminders.size() + " reminders by SMTP", () -> {
			sent[0] = this.delivery.deliverDue();
			assertThat(smtp.waitForIncomingEmail(120_000, expected)).isTrue();
		});
		Benchmark.report(String.format(java.util.Locale.ROOT,
				"outbox: %d reminders received by the SMTP server %.1f s after delivery started (%.0f/s), %d sent",
				reminders.size(), delivered.total().toNanos() / 1e9,
				reminders.size() / (delivered.total().toNanos() / 1e9), sent[0]));
		assertThat(smtp.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(expected);
	}

}
