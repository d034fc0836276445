package id.pelita.notification.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.pelita.catalog.CatalogService;
import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunDraft;
import id.pelita.catalog.RunService;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.identity.PasswordReset;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.identity.ProfileUpdate;
import id.pelita.liveclass.LiveClassFixtures;
import id.pelita.liveclass.LiveSessionDirectory;
import id.pelita.liveclass.LiveSessionRescheduled;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.notification.MessageKind;
import id.pelita.notification.Notice;
import id.pelita.notification.NoticeService;
import id.pelita.notification.NotificationPreferences;
import id.pelita.notification.OutboxAdministration;
import id.pelita.notification.OutboxStatus;
import id.pelita.notification.Preferences;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.Await;
import id.pelita.support.MutableClock;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import id.pelita.support.TestSmtp;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

/**
 * Delivery of the outbox to a real SMTP server (GreenMail on a fixed local port, stopped and started again to
 * simulate an outage), driven by calling {@link OutboxDelivery#deliverDue()} with a clock the test moves forward.
 * Every test writes to its own mail domain, so that messages of other tests do not count.
 */
@Import(OutboxDeliveryTests.TestClock.class)
@TestPropertySource(properties = "pelita.outbox.max-attempts=4")
abstract class OutboxDeliveryTests {

	static final TestSmtp MAIL = TestSmtp.onFreePort();

	static final GreenMail smtp = MAIL.server();

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		MAIL.register(registry);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	OutboxWriter writer;

	@Autowired
	OutboxStore store;

	@Autowired
	MutableClock clock;

	@MockitoSpyBean
	MailGateway gateway;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	final String domain = "d" + UUID.randomUUID().toString().substring(0, 8) + ".pelita.test";

	EnrolmentFixtures fixtures;

	@BeforeAll
	static void startSmtp() {
		if (!smtp.isRunning()) {
			smtp.start();
		}
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void serverUp() {
		if (!smtp.isRunning()) {
			smtp.start();
		}
		this.fixtures = new EnrolmentFixtures(this.context);
		deliverDue();
	}

	/** One delivery run once the after-commit listeners have written what the test's changes call for. */
	private int deliverDue() {
		Await.eventsHandled(this.jdbc);
		return this.delivery.deliverDue();
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void anEnrolmentArrivesInTheRecipientsLanguageAndInTheNoticeCentre() throws Exception {
		long runId = run("Angkatan <Uji> & \"Coba\" " + TestData.username("r"));
		PersonRef siti = person("siti", Translations.INDONESIAN);
		PersonRef john = person("john", Translations.ENGLISH);
		this.fixtures.as(EnrolmentFixtures.participant(siti), () -> this.context.getBean(ParticipantEnrolments.class).enrol(runId));
		this.fixtures.as(EnrolmentFixtures.participant(john), () -> this.context.getBean(ParticipantEnrolments.class).enrol(runId));

		assertThat(deliverDue()).isGreaterThanOrEqualTo(2);

		MimeMessage indonesian = receivedBy(siti.email());
		String courseTitle = this.context.getBean(CatalogService.class).courses().getFirst().title();
		assertThat(indonesian.getSubject()).isEqualTo("Pendaftaran diterima: " + courseTitle);
		assertThat(part(indonesian, "text/plain")).contains("Yth. Siti Uji,", "Anda terdaftar sebagai peserta",
				"Angkatan <Uji> & \"Coba\"", "/katalog/" + runId);
		assertThat(part(indonesian, "text/html")).contains("Angkatan &lt;Uji&gt; &amp; &quot;Coba&quot;")
			.doesNotContain("<Uji>");
		MimeMessage english = receivedBy(john.email());
		assertThat(english.getSubject()).isEqualTo("Enrolment confirmed: " + courseTitle);
		assertThat(part(english, "text/plain")).contains("Dear John Uji,", "You are enrolled in");
		assertThat(status(siti.email())).isEqualTo(OutboxStatus.SENT);

		List<Notice> notices = this.fixtures.as(EnrolmentFixtures.participant(siti),
				() -> this.context.getBean(NoticeService.class)
					.myNotices(0, 10, Translations.INDONESIAN, IndonesianTime.WIB));
		assertThat(notices).first().satisfies(notice -> {
			assertThat(notice.title()).isEqualTo(indonesian.getSubject());
			assertThat(notice.link()).isEqualTo("katalog/" + runId);
			assertThat(notice.read()).isFalse();
			assertThat(notice.kind()).isEqualTo(MessageKind.ENROLMENT);
		});
	}

	@Test
	void messagesWaitWhileTheServerIsDownAndArriveOnceWhenItIsBack() {
		enqueue(20);
		smtp.stop();
		assertThat(deliverDue()).isZero();
		assertThat(rows()).hasSize(20).allSatisfy(row -> {
			assertThat(row.status()).isEqualTo(OutboxStatus.PENDING);
			assertThat(row.attempts()).isEqualTo(1);
			assertThat(row.lastError()).contains("SMTP server unreachable");
			assertThat(row.nextAttemptAt()).isAfter(this.clock.instant().plusSeconds(50));
		});
		assertThat(deliverDue()).as("nothing is due before the backoff").isZero();
		assertThat(rows()).allSatisfy(row -> assertThat(row.attempts()).isEqualTo(1));
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		deliverDue();
		assertThat(rows()).allSatisfy(row -> {
			assertThat(row.attempts()).isEqualTo(2);
			assertThat(row.nextAttemptAt()).isAfter(this.clock.instant().plusSeconds(110));
		});

		smtp.start();
		this.clock.advance(Duration.ofMinutes(2).plusSeconds(1));
		assertThat(deliverDue()).isGreaterThanOrEqualTo(20);
		this.clock.advance(Duration.ofHours(2));
		deliverDue();

		MimeMessage[] received = smtp.getReceivedMessagesForDomain(this.domain);
		assertThat(received).hasSize(20);
		assertThat(Arrays.stream(received).map(OutboxDeliveryTests::messageId).distinct()).hasSize(20);
		assertThat(rows()).allSatisfy(row -> {
			assertThat(row.status()).isEqualTo(OutboxStatus.SENT);
			assertThat(row.sentAt()).isNotNull();
		});
	}

	@Test
	void twoDeliveriesRacingSendEveryMessageExactlyOnce() throws Exception {
		enqueue(500);
		CyclicBarrier start = new CyclicBarrier(2);
		try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
			List<Future<Integer>> sent = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				sent.add(nodes.submit(() -> {
					start.await();
					return deliverDue();
				}));
			}
			assertThat(sent.get(0).get() + sent.get(1).get()).isGreaterThanOrEqualTo(500);
		}
		MimeMessage[] received = smtp.getReceivedMessagesForDomain(this.domain);
		assertThat(received).hasSize(500);
		assertThat(Arrays.stream(received).map(OutboxDeliveryTests::messageId).distinct()).hasSize(500);
		assertThat(rows()).hasSize(500).allSatisfy(row -> assertThat(row.status()).isEqualTo(OutboxStatus.SENT));
	}

	@Test
	void anInvalidAddressIsGivenUpAtOnce() {
		enqueue(List.of(entry("enrolment-promoted", "bukan alamat@" + this.domain, null)));
		deliverDue();
		Row row = rows().getFirst();
		assertThat(row.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(row.attempts()).isEqualTo(1);
		assertThat(row.lastError()).contains("Cannot compose the message");
	}

	@Test
	void afterTheLastAttemptAMessageFailsAndAnAdministratorRetriesIt() {
		enqueue(1);
		smtp.stop();
		for (int attempt = 1; attempt <= 4; attempt++) {
			deliverDue();
			this.clock.advance(Duration.ofHours(1).plusSeconds(1));
		}
		Row failed = rows().getFirst();
		assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(4);
		assertThat(failed.lastError()).contains("given up after 4 attempts");
		deliverDue();
		assertThat(rows().getFirst().attempts()).as("a failed message is not tried again by itself").isEqualTo(4);

		smtp.start();
		SignIn.as(this.context, "admin");
		this.context.getBean(OutboxAdministration.class).retryNow(failed.id());
		SignIn.out();
		assertThat(rows().getFirst().status()).isEqualTo(OutboxStatus.PENDING);
		deliverDue();
		assertThat(rows().getFirst().status()).isEqualTo(OutboxStatus.SENT);
		assertThat(smtp.getReceivedMessagesForDomain(this.domain)).hasSize(1);
	}

	@Test
	void aKindTurnedOffComesOnlyAsANotice() {
		PersonRef person = person("tanpa", Translations.INDONESIAN);
		EnumSet<MessageKind> byEmail = EnumSet.allOf(MessageKind.class);
		byEmail.remove(MessageKind.ENROLMENT);
		this.fixtures.as(EnrolmentFixtures.participant(person),
				() -> this.context.getBean(NotificationPreferences.class).saveMine(new Preferences(byEmail, true)));
		enqueue(List.of(entry("enrolment-promoted", person.email(), person.accountId()),
				entry("certificate-issued", person.email(), person.accountId())));

		deliverDue();

		assertThat(rows()).extracting(Row::template, Row::status)
			.containsExactlyInAnyOrder(tuple("enrolment-promoted", OutboxStatus.SKIPPED),
					tuple("certificate-issued", OutboxStatus.SENT));
		assertThat(smtp.getReceivedMessagesForDomain(this.domain)).hasSize(1)
			.allSatisfy(message -> assertThat(message.getSubject()).startsWith("Sertifikat terbit"));
		List<Notice> notices = this.fixtures.as(EnrolmentFixtures.participant(person),
				() -> this.context.getBean(NoticeService.class)
					.myNotices(0, 10, Translations.INDONESIAN, IndonesianTime.WIB));
		assertThat(notices).extracting(Notice::kind)
			.containsExactlyInAnyOrder(MessageKind.ENROLMENT, MessageKind.CERTIFICATES);
	}

	@Test
	void remindersTurnedOffEntirelyAreNotWrittenAtAll() {
		PersonRef quiet = person("sepi", Translations.INDONESIAN);
		PersonRef reminded = person("ingat", Translations.INDONESIAN);
		this.fixtures.as(EnrolmentFixtures.participant(quiet), () -> this.context.getBean(NotificationPreferences.class)
			.saveMine(new Preferences(EnumSet.allOf(MessageKind.class), false)));
		enqueue(List.of(entry("session-reminder", quiet.email(), quiet.accountId()),
				entry("session-reminder", reminded.email(), reminded.accountId())));
		assertThat(rows()).extracting(Row::email).containsExactly(reminded.email());
		assertThat(notices(quiet.accountId())).isZero();
		assertThat(notices(reminded.accountId())).isOne();
	}

	@Test
	void anAbandonedClaimIsSentAgainAfterTheClaimTimeout() {
		enqueue(1);
		assertThat(this.store.claim("stopped-node/1/1", 1000, this.clock.instant()))
			.anyMatch(message -> message.email().endsWith(this.domain));
		assertThat(deliverDue()).isZero();
		assertThat(rows().getFirst().status()).isEqualTo(OutboxStatus.SENDING);
		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		deliverDue();
		Row row = rows().getFirst();
		assertThat(row.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(row.attempts()).isOne();
		assertThat(smtp.getReceivedMessagesForDomain(this.domain)).hasSize(1);
		assertThat(this.store.record(List.of(OutboxStore.Outcome.failed(row.id(), "late")), "stopped-node/1/1",
				this.clock.instant())).as("the stopped worker's late result is ignored").isZero();
		assertThat(rows().getFirst().status()).isEqualTo(OutboxStatus.SENT);
	}

	/**
	 * A node killed while it delivers (simulated: each worker's thread dies right after the SMTP server accepted its
	 * tenth message, before anything else runs) leaves its claims behind. After the claim timeout the messages go out
	 * again, but every message the server had accepted is already recorded as sent, except at most the one each
	 * dying connection had just handed over.
	 */
	@Test
	void aWorkerKilledAfterTheServerAcceptedMessagesResendsAtMostOneMessagePerConnection() throws Exception {
		enqueue(200);
		AtomicBoolean killing = new AtomicBoolean(true);
		AtomicInteger killed = new AtomicInteger();
		doAnswer(connect -> {
			MailGateway.Connection connection = spy((MailGateway.Connection) connect.callRealMethod());
			AtomicInteger accepted = new AtomicInteger();
			doAnswer(send -> {
				send.callRealMethod();
				if (killing.get() && accepted.incrementAndGet() == 10) {
					killed.incrementAndGet();
					throw new NodeKilled();
				}
				return null;
			}).when(connection).send(any());
			return connection;
		}).when(this.gateway).connect();

		assertThat(catchThrowable(this.delivery::deliverDue)).isNotNull();
		killing.set(false);
		int acceptedBeforeTheCrash = smtp.getReceivedMessagesForDomain(this.domain).length;
		assertThat(killed.get()).isPositive();
		assertThat(acceptedBeforeTheCrash).isGreaterThanOrEqualTo(10 * killed.get());
		assertThat(rows()).filteredOn(row -> row.status() == OutboxStatus.SENT)
			.as("accepted messages recorded as sent at once, but the last of each killed connection")
			.hasSizeGreaterThanOrEqualTo(acceptedBeforeTheCrash - killed.get());

		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		deliverDue();

		MimeMessage[] received = smtp.getReceivedMessagesForDomain(this.domain);
		assertThat(Arrays.stream(received).map(OutboxDeliveryTests::messageId).distinct()).hasSize(200);
		assertThat(received.length - 200).as("messages sent twice").isLessThanOrEqualTo(killed.get());
		assertThat(rows()).hasSize(200).allSatisfy(row -> assertThat(row.status()).isEqualTo(OutboxStatus.SENT));
	}

	/** Stands in for {@code kill -9}: nothing in the worker catches it. */
	static final class NodeKilled extends Error {

		NodeKilled() {
			super("node killed");
		}

	}

	@Test
	void aMoveHandledOnlyAfterTheCancellationThatFollowedItStillInvitesWithItsOwnTimeAndSequence() {
		PersonRef person = person("terlambat", Translations.ENGLISH);
		long runId = run(TestData.username("Terlambat"));
		this.fixtures.as(EnrolmentFixtures.participant(person),
				() -> this.context.getBean(ParticipantEnrolments.class).enrol(runId));
		long sessionId = new LiveClassFixtures(this.context).session(runId,
				Duration.ofDays(2), 60);
		this.fixtures.asSystem(() -> {
			this.context.getBean(LiveSessionService.class).cancel(sessionId, "Ditunda");
			return null;
		});
		Instant startsAt = this.context.getBean(LiveSessionDirectory.class)
			.find(sessionId)
			.orElseThrow()
			.startsAt();
		Instant movedTo = startsAt.plus(Duration.ofDays(1));

		Await.eventsHandled(this.jdbc);
		this.context.getBean(SessionMessages.class)
			.on(new LiveSessionRescheduled(sessionId, runId, startsAt, movedTo,
					movedTo.plus(Duration.ofMinutes(90)), 7));

		String moved = "select %s from outbox_message where recipient_account_id = ? and template = 'session-moved'";
		Await.until("the move's message", Duration.ofSeconds(30), () -> this.jdbc
			.queryForObject(moved.formatted("count(*)"), Integer.class, person.accountId()) == 1);
		String payload = this.jdbc.queryForObject(moved.formatted("payload"), String.class, person.accountId());
		assertThat(payload).contains("SEQUENCE:7", "METHOD:REQUEST", "\"startsAt\":\"" + movedTo + "\"")
			.doesNotContain("METHOD:CANCEL");
	}

	@Test
	void aSessionInvitationCarriesItsCalendarAsAnAlternativeAndAsAFile() throws Exception {
		OutboxEntry invitation = entry("session-scheduled", "peserta@" + this.domain, null);
		Map<String, String> payload = new HashMap<>(invitation.parameters());
		String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pelita//LMS//ID\r\nMETHOD:REQUEST\r\n"
				+ "BEGIN:VEVENT\r\nUID:5@pelita\r\nSEQUENCE:0\r\nSUMMARY:Sesi 1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
		payload.put("ics", ics);
		payload.put("icsMethod", "REQUEST");
		enqueue(List.of(new OutboxEntry(null, invitation.email(), invitation.template(), Locale.ENGLISH, payload)));
		deliverDue();

		MimeMessage message = receivedBy("peserta@" + this.domain);
		assertThat(message.getContentType()).startsWith("multipart/mixed");
		Multipart mixed = (Multipart) message.getContent();
		BodyPart alternative = mixed.getBodyPart(0);
		assertThat(alternative.getContentType()).startsWith("multipart/alternative");
		Multipart parts = (Multipart) alternative.getContent();
		assertThat(parts.getCount()).isEqualTo(3);
		assertThat(parts.getBodyPart(2).getContentType()).contains("text/calendar").contains("method=REQUEST")
			.contains("UTF-8");
		assertThat(GreenMailUtil.getBody(parts.getBodyPart(2))).contains("UID:5@pelita");
		BodyPart attachment = mixed.getBodyPart(1);
		assertThat(attachment.getFileName()).isEqualTo("invite.ics");
		assertThat(attachment.getDisposition()).isEqualToIgnoringCase("attachment");
		assertThat(part(message, "text/plain")).contains("invite.ics").doesNotContain("BEGIN:VCALENDAR");
	}

	@Test
	void aSessionScheduledMovedAndCancelledArrivesAsCalendarInvitesOfOneEvent() throws Exception {
		PersonRef person = person("kalender", Translations.ENGLISH);
		long runId = run(TestData.username("Kalender"));
		this.fixtures.as(EnrolmentFixtures.participant(person),
				() -> this.context.getBean(ParticipantEnrolments.class).enrol(runId));
		LiveClassFixtures live = new LiveClassFixtures(this.context);
		long sessionId = live.session(runId, Duration.ofDays(2), 60);
		LocalDate later = LocalDate.now(IndonesianTime.DEFAULT_ZONE).plusDays(4);
		this.fixtures.asSystem(() -> {
			LiveSessionService sessions = this.context
				.getBean(LiveSessionService.class);
			sessions.move(sessionId, later, LocalTime.of(9, 30), IndonesianTime.WITA, 90);
			sessions.cancel(sessionId, "Narasumber berhalangan");
			return null;
		});
		deliverDue();

		List<MimeMessage> received = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessagesForDomain(this.domain)) {
			if (message.getAllRecipients()[0].toString().equals(person.email())
					&& message.getContentType().startsWith("multipart/mixed")) {
				received.add(message);
			}
		}
		assertThat(received).hasSize(3);
		List<net.fortuna.ical4j.model.Calendar> calendars = new ArrayList<>();
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : received) {
			subjects.add(message.getSubject());
			Multipart mixed = (Multipart) message.getContent();
			String ics = GreenMailUtil.getBody(mixed.getBodyPart(1));
			String decoded = new String(mixed.getBodyPart(1).getInputStream().readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertThat(decoded).as(ics).contains("BEGIN:VCALENDAR");
			calendars.add(new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(decoded)));
		}
		calendars.sort(java.util.Comparator.comparingInt(calendar -> sequence(calendar)));
		assertThat(calendars).extracting(OutboxDeliveryTests::sequence).containsExactly(0, 1, 2);
		assertThat(calendars).extracting(calendar -> calendar.getProperty("METHOD").orElseThrow().getValue())
			.containsExactly("REQUEST", "REQUEST", "CANCEL");
		assertThat(calendars).extracting(calendar -> event(calendar).getProperty("UID").orElseThrow().getValue())
			.containsOnly("session-" + sessionId + "@localhost");
		assertThat(event(calendars.get(1)).getProperty("DTSTART").orElseThrow().toString())
			.contains("TZID=Asia/Makassar").contains("T093000");
		assertThat(event(calendars.get(1)).getProperty("ATTENDEE").orElseThrow().getValue())
			.isEqualToIgnoringCase("mailto:" + person.email());
		assertThat(subjects).anyMatch(subject -> subject.contains("cancelled") || subject.contains("Cancelled"));
	}

	@Test
	void someoneWhoLeavesARunGetsTheComingSessionsCancelledInTheirCalendar() throws Exception {
		PersonRef person = person("keluar", Translations.ENGLISH);
		long runId = run(TestData.username("Keluar"));
		this.fixtures.as(EnrolmentFixtures.participant(person),
				() -> this.context.getBean(ParticipantEnrolments.class).enrol(runId));
		long sessionId = new LiveClassFixtures(this.context)
			.session(runId, Duration.ofDays(2), 60);
		this.fixtures.as(EnrolmentFixtures.participant(person),
				() -> this.context.getBean(ParticipantEnrolments.class).cancel(runId));
		deliverDue();

		MimeMessage withdrawn = null;
		for (MimeMessage message : smtp.getReceivedMessagesForDomain(this.domain)) {
			if (message.getAllRecipients()[0].toString().equals(person.email())
					&& message.getSubject().startsWith("Session removed from your calendar")) {
				withdrawn = message;
			}
		}
		assertThat(withdrawn).as("the withdrawal reached " + person.email()).isNotNull();
		Multipart mixed = (Multipart) withdrawn.getContent();
		String ics = new String(mixed.getBodyPart(1).getInputStream().readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
			.build(new java.io.StringReader(ics));
		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(event(calendar).getProperty("UID").orElseThrow().getValue())
			.isEqualTo("session-" + sessionId + "@localhost");
		assertThat(event(calendar).getProperty("ATTENDEE").orElseThrow().getValue())
			.isEqualToIgnoringCase("mailto:" + person.email());
	}

	private static net.fortuna.ical4j.model.component.VEvent event(net.fortuna.ical4j.model.Calendar calendar) {
		return calendar.<net.fortuna.ical4j.model.component.VEvent>getComponent("VEVENT").orElseThrow();
	}

	private static int sequence(net.fortuna.ical4j.model.Calendar calendar) {
		return event(calendar).getProperty("SEQUENCE").map(p -> Integer.parseInt(p.getValue())).orElse(0);
	}

	@Test
	void aForgottenPasswordLinkArrivesByEmailOnlyAndWorks() throws Exception {
		PersonRef person = person("lupa", Translations.ENGLISH);
		this.fixtures.asSystem(() -> {
			this.context.getBean(AccountService.class).resetPassword(person.accountId(), "awal12345");
			return null;
		});
		this.context.getBean(PasswordReset.class).request(person.email());
		deliverDue();

		MimeMessage message = receivedBy(person.email());
		assertThat(message.getSubject()).isEqualTo("Reset your Pelita LMS password");
		String text = part(message, "text/plain");
		Matcher link = Pattern.compile("/atur-sandi/([A-Za-z0-9_-]+)").matcher(text);
		assertThat(link.find()).isTrue();
		assertThat(text).contains("Dear Lupa Uji,", "valid until");
		assertThat(notices(person.accountId())).as("a link to a password stays out of the notice centre").isZero();
		this.context.getBean(PasswordReset.class).reset(link.group(1), "segar2026x");
		assertThat(this.context.getBean(PasswordReset.class).check(link.group(1)).state())
			.isEqualTo(PasswordReset.State.USED);
	}

	// Helpers

	record Row(long id, String template, String email, OutboxStatus status, int attempts, String lastError,
			Instant nextAttemptAt, Instant sentAt) {
	}

	/** This test's messages, by id. */
	List<Row> rows() {
		return this.jdbc.query("select id, template, recipient_email, status, attempts, last_error, next_attempt_at, "
				+ "sent_at from outbox_message where recipient_email like ? order by id", (rs, n) -> {
					OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
					return new Row(rs.getLong("id"), rs.getString("template"), rs.getString("recipient_email"),
							OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
							rs.getString("last_error"), rs.getObject("next_attempt_at", OffsetDateTime.class).toInstant(),
							sent == null ? null : sent.toInstant());
				}, "%@" + this.domain);
	}

	OutboxStatus status(String email) {
		return rows().stream().filter(row -> row.email().equals(email)).findFirst().orElseThrow().status();
	}

	int notices(long accountId) {
		Integer count = this.jdbc.queryForObject("select count(*) from notice where account_id = ?", Integer.class,
				accountId);
		return count == null ? 0 : count;
	}

	OutboxEntry entry(String template, String email, Long accountId) {
		return new OutboxEntry(accountId, email, template, Translations.INDONESIAN,
				MessageTemplatesTests.payload(MessageTemplate.of(template)));
	}

	void enqueue(int count) {
		List<OutboxEntry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			entries.add(entry("session-reminder", "peserta" + i + "@" + this.domain, null));
		}
		enqueue(entries);
	}

	void enqueue(List<OutboxEntry> entries) {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.writer.enqueue(entries));
	}

	MimeMessage receivedBy(String email) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessagesForDomain(this.domain)) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				found.add(message);
			}
		}
		assertThat(found).as("messages to " + email).hasSize(1);
		return found.getFirst();
	}

	/** A new person with an e-mail address of this test's domain, in the given language. */
	PersonRef person(String name, Locale language) {
		long agencyId = this.fixtures.agency("36.04");
		String username = TestData.username(name);
		long id = this.fixtures.asSystem(() -> this.context.getBean(AccountService.class)
			.createSystemAccount(new NewAccount(username, capitalised(name) + " Uji", username + "@" + this.domain,
					null, null, agencyId, Set.of(Role.PARTICIPANT), null)));
		PersonRef person = this.context.getBean(PersonDirectory.class).find(id).orElseThrow();
		if (!language.equals(Translations.INDONESIAN)) {
			this.fixtures.as(EnrolmentFixtures.participant(person),
					() -> this.context.getBean(AccountService.class)
						.updateMyProfile(new ProfileUpdate(person.fullName(), null, null, person.email(), null,
								IndonesianTime.WIB, language)));
		}
		return this.context.getBean(PersonDirectory.class).find(id).orElseThrow();
	}

	long run(String name) {
		return this.fixtures.asSystem(() -> {
			RunService runs = this.context.getBean(RunService.class);
			LocalDate today = LocalDate.now(IndonesianTime.DEFAULT_ZONE);
			long courseId = this.context.getBean(CatalogService.class).courses().getFirst().id();
			long runId = runs.createRun(new RunDraft(courseId, name, YearMonth.from(today.plusDays(10)),
					today.minusDays(1).atTime(8, 0), today.plusDays(3).atTime(16, 0), today.plusDays(10),
					today.plusDays(12), 30, Map.of(), EnrolmentMode.OPEN));
			runs.publish(runId);
			return runId;
		});
	}

	static String part(MimeMessage message, String type) throws Exception {
		Object content = message.getContent();
		Multipart multipart = (Multipart) content;
		if (multipart.getBodyPart(0).getContent() instanceof Multipart nested) {
			multipart = nested;
		}
		for (int i = 0; i < multipart.getCount(); i++) {
			if (multipart.getBodyPart(i).getContentType().startsWith(type)) {
				return (String) multipart.getBodyPart(i).getContent();
			}
		}
		throw new AssertionError("No " + type + " part");
	}

	static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String capitalised(String name) {
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
