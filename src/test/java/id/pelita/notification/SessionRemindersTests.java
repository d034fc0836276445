package id.pelita.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import id.pelita.liveclass.LiveClassFixtures;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionDirectory;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.notification.internal.SessionReminders;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.Await;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Session reminders on the real Quartz scheduler and outbox; H2 and PostgreSQL subclasses. */
abstract class SessionRemindersTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SessionReminders reminders;

	@Autowired
	LiveSessionDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	private LiveClassFixtures fixtures;

	private long runId;

	private PelitaUser participant;

	@BeforeEach
	void runWithAParticipant() {
		this.fixtures = new LiveClassFixtures(this.context);
		this.runId = this.fixtures.run();
		this.participant = this.fixtures.confirmedParticipant(this.runId);
	}

	@Test
	void aScheduledSessionGetsARemindersADayAndAnHourBeforeThatFollowAMove() {
		long id = this.fixtures.session(this.runId, Duration.ofDays(3), 60);
		Instant start = this.directory.find(id).orElseThrow().startsAt();
		assertThat(this.reminders.plannedReminders(id)).containsExactlyInAnyOrder(start.minus(Duration.ofHours(24)),
				start.minus(Duration.ofHours(1)));
		LocalDate later = LocalDate.now(IndonesianTime.WIB).plusDays(5);
		service(() -> this.context.getBean(LiveSessionService.class)
			.move(id, later, LocalTime.of(10, 0), IndonesianTime.WIB, 60));
		Instant moved = later.atTime(10, 0).atZone(IndonesianTime.WIB).toInstant();
		assertThat(this.reminders.plannedReminders(id)).containsExactlyInAnyOrder(moved.minus(Duration.ofHours(24)),
				moved.minus(Duration.ofHours(1)));
		service(() -> this.context.getBean(LiveSessionService.class).cancel(id, "Libur"));
		assertThat(this.reminders.plannedReminders(id)).isEmpty();
	}

	@Test
	void aReminderDueAlreadyIsNotPlannedButTheLaterOneIs() {
		long id = this.fixtures.session(this.runId, Duration.ofHours(5), 60);
		Instant start = this.directory.find(id).orElseThrow().startsAt();
		assertThat(this.reminders.plannedReminders(id)).containsExactly(start.minus(Duration.ofHours(1)));
	}

	@Test
	void aReminderGoesOnceToEachConfirmedParticipantAndNeverForACancelledOrMovedSession() {
		PelitaUser second = this.fixtures.confirmedParticipant(this.runId);
		long id = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		LiveSession session = this.directory.find(id).orElseThrow();
		assertThat(this.reminders.remind(id, 60, session.startsAt())).isEqualTo(2);
		assertThat(this.reminders.remind(id, 60, session.startsAt())).isZero();
		assertThat(reminders(this.participant.accountId(), id)).isEqualTo(1);
		assertThat(reminders(second.accountId(), id)).isEqualTo(1);
		assertThat(this.reminders.remind(id, 60, session.startsAt().plusSeconds(3600))).as("planned for another start")
			.isZero();
		service(() -> this.context.getBean(LiveSessionService.class).cancel(id, null));
		assertThat(this.reminders.remind(id, 1440, session.startsAt())).isZero();
		assertThat(reminders(this.participant.accountId(), id)).isEqualTo(1);
	}

	@Test
	void aSessionMovedTwiceThenCancelledSendsTheRightSequenceAndNoReminder() {
		// The control: a session whose 1-hour reminder is due in a few seconds, fired by Quartz itself.
		Instant now = this.clock.instant();
		long control = this.fixtures.sessionAt(this.runId, now.plus(Duration.ofHours(1)).plusSeconds(4), 60);
		Instant soon = now.plus(Duration.ofHours(1)).plusSeconds(3);
		long id = this.fixtures.sessionAt(this.runId, soon, 60);
		LiveSessionService sessions = this.context.getBean(LiveSessionService.class);
		var first = soon.plusSeconds(1).atZone(IndonesianTime.WIB);
		service(() -> sessions.move(id, first.toLocalDate(), first.toLocalTime(), IndonesianTime.WIB, 60));
		var second = soon.plusSeconds(2).atZone(IndonesianTime.WIB);
		service(() -> sessions.move(id, second.toLocalDate(), second.toLocalTime(), IndonesianTime.WIB, 90));
		service(() -> sessions.cancel(id, "Narasumber sakit"));
		awaitReminder(control);
		assertThat(templates(this.participant.accountId(), id)).containsExactly("session-scheduled", "session-moved",
				"session-moved", "session-cancelled");
		assertThat(this.jdbc.queryForList(
				"select payload from outbox_message where recipient_account_id = ? and template = 'session-moved'"
						+ " order by id", String.class, this.participant.accountId()))
			.filteredOn(payload -> payload.contains("\"sessionId\":\"" + id + "\""))
			.hasSize(2)
			.allSatisfy(payload -> assertThat(payload).contains("\"pageUrl\":\"").contains("/sesi/" + id));
		assertThat(reminders(this.participant.accountId(), id)).isZero();
		assertThat(this.reminders.plannedReminders(id)).isEmpty();
	}

	@Test
	void someoneWhoGetsASeatLaterIsInvitedToTheComingSessions() {
		long id = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		long cancelled = this.fixtures.session(this.runId, Duration.ofDays(3), 60);
		service(() -> this.context.getBean(LiveSessionService.class).cancel(cancelled, null));
		PelitaUser late = this.fixtures.confirmedParticipant(this.runId);
		assertThat(templates(late.accountId(), id)).containsExactly("session-scheduled");
		assertThat(templates(late.accountId(), cancelled)).isEmpty();
	}

	@Test
	void someoneConfirmedWhileASessionIsInProgressIsToldItIsHappeningNowInsteadOfInvited() {
		Instant start = this.clock.instant().plusSeconds(2);
		long running = this.fixtures.sessionAt(this.runId, start, 60);
		long ahead = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		Await.until("the session has begun", Duration.ofSeconds(10),
				() -> this.clock.instant().isAfter(start.plusSeconds(1)));
		PelitaUser late = this.fixtures.confirmedParticipant(this.runId);
		assertThat(templates(late.accountId(), running)).containsExactly("session-happening-now");
		assertThat(templates(late.accountId(), ahead)).containsExactly("session-scheduled");
		assertThat(this.jdbc.queryForList("select payload from outbox_message where recipient_account_id = ? "
				+ "and template = 'session-happening-now'", String.class, late.accountId()))
			.singleElement()
			.satisfies(payload -> assertThat(payload).contains("/sesi/" + running)
				.contains("\"endsAt\":\"")
				.doesNotContain("\"ics\"")
				.doesNotContain("BEGIN:VCALENDAR"));
	}

	private void awaitReminder(long sessionId) {
		Await.until("the control reminder fired", Duration.ofSeconds(60),
				() -> reminders(this.participant.accountId(), sessionId) > 0);
	}

	private int reminders(long accountId, long sessionId) {
		return (int) templates(accountId, sessionId).stream().filter("session-reminder"::equals).count();
	}

	/** The session messages to the account, once the listeners have handled the events published so far. */
	private List<String> templates(long accountId, long sessionId) {
		Await.eventsHandled(this.jdbc);
		return this.jdbc.queryForList("select template from outbox_message where recipient_account_id = ? "
				+ "and template like 'session-%' and payload like ? order by id", String.class, accountId,
				"%\"sessionId\":\"" + sessionId + "\"%");
	}

	private void service(Runnable work) {
		this.fixtures.enrolment().asSystem(() -> {
			work.run();
			return null;
		});
		// the participants' messages are written after commit: one change's before the next, as people get them
		Await.eventsHandled(this.jdbc);
	}

}
