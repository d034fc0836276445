package id.pelita.liveclass;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.security.OutsideScopeException;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Scheduling, moving and cancelling live sessions against a real database (H2 and PostgreSQL subclasses). */
@RecordApplicationEvents
abstract class LiveSessionServiceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	LiveSessionService sessions;

	private LiveClassFixtures fixtures;

	private long runId;

	@BeforeEach
	void run() {
		this.fixtures = new LiveClassFixtures(this.context);
		this.runId = this.fixtures.run();
		SignIn.as(this.context, "penyelenggara");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aJitsiSessionGetsAnUnguessableRoomAndIsReadyAtOnce(@Autowired ApplicationEvents events) {
		long id = this.fixtures.session(this.runId, Duration.ofDays(2), 90);
		LiveSession session = this.sessions.session(id);
		assertThat(session.provider()).isEqualTo("JITSI");
		assertThat(session.meetingState()).isEqualTo(MeetingState.READY);
		assertThat(session.joinUrl()).matches("https://meet\\.jit\\.si/pelita-[a-z2-9]{24}");
		assertThat(session.durationMinutes()).isEqualTo(90);
		assertThat(session.instructor()).isEqualTo("Dr. Siti Rahma");
		assertThat(events.stream(LiveSessionScheduled.class)).anyMatch(e -> e.sessionId() == id && e.sequence() == 0);
		long other = this.fixtures.session(this.runId, Duration.ofDays(3), 60);
		assertThat(this.sessions.session(other).joinUrl()).isNotEqualTo(session.joinUrl());
	}

	@Test
	void theStartIsTheWallClockTimeInTheChosenZone() {
		LocalDate date = LocalDate.now(IndonesianTime.WITA).plusDays(5);
		long id = this.sessions.schedule(new SessionDraft(this.runId, "Kelas WITA", date, LocalTime.of(9, 0),
				IndonesianTime.WITA, 60, "JITSI", null, null));
		LiveSession session = this.sessions.session(id);
		assertThat(session.startsAt()).isEqualTo(date.atTime(1, 0).toInstant(java.time.ZoneOffset.UTC));
		assertThat(session.zone()).isEqualTo(IndonesianTime.WITA);
		assertThat(this.sessions.sessionsOfMonth(YearMonth.from(date), IndonesianTime.WITA))
			.anyMatch(found -> found.id() == id);
	}

	@Test
	void movingKeepsTheSessionAndRaisesTheSequence(@Autowired ApplicationEvents events) {
		long id = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		LiveSession before = this.sessions.session(id);
		LocalDate later = LocalDate.now(IndonesianTime.WIB).plusDays(4);
		this.sessions.move(id, later, LocalTime.of(13, 30), IndonesianTime.WIB, 120);
		LiveSession after = this.sessions.session(id);
		assertThat(after.sequence()).isEqualTo(1);
		assertThat(after.joinUrl()).isEqualTo(before.joinUrl());
		assertThat(after.durationMinutes()).isEqualTo(120);
		assertThat(after.startsAt()).isEqualTo(later.atTime(13, 30).atZone(IndonesianTime.WIB).toInstant());
		assertThat(events.stream(LiveSessionRescheduled.class))
			.anyMatch(e -> e.sessionId() == id && e.sequence() == 1 && e.previousStartsAt().equals(before.startsAt()));
		assertRefused("liveclass.error.sameTime",
				() -> this.sessions.move(id, later, LocalTime.of(13, 30), IndonesianTime.WIB, 120));
	}

	@Test
	void aCancelledSessionStaysListedAndCannotBeMoved(@Autowired ApplicationEvents events) {
		long id = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		this.sessions.cancel(id, "Narasumber berhalangan");
		LiveSession cancelled = this.sessions.session(id);
		assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
		assertThat(cancelled.sequence()).isEqualTo(1);
		assertThat(cancelled.cancelReason()).isEqualTo("Narasumber berhalangan");
		assertThat(this.sessions.sessionsOfRun(this.runId)).anyMatch(s -> s.id() == id && s.cancelled());
		assertThat(events.stream(LiveSessionCancelled.class)).anyMatch(e -> e.sessionId() == id && e.sequence() == 1);
		assertRefused("liveclass.error.cancelled", () -> this.sessions.move(id, LocalDate.now().plusDays(9),
				LocalTime.NOON, IndonesianTime.WIB, 60));
		assertRefused("liveclass.error.cancelled", () -> this.sessions.cancel(id, null));
	}

	@Test
	void badInputIsRefusedAndNothingIsSaved() {
		int before = this.sessions.sessionsOfRun(this.runId).size();
		LocalDate date = LocalDate.now(IndonesianTime.WIB).plusDays(3);
		assertRefused("liveclass.error.titleRequired", () -> schedule(" ", date, 60, IndonesianTime.WIB));
		assertRefused("liveclass.error.duration", () -> schedule("Sesi", date, 5, IndonesianTime.WIB));
		assertRefused("liveclass.error.zone", () -> schedule("Sesi", date, 60, ZoneId.of("Europe/Berlin")));
		assertRefused("liveclass.error.startPast",
				() -> schedule("Sesi", LocalDate.now(IndonesianTime.WIB).minusDays(1), 60, IndonesianTime.WIB));
		assertRefused("liveclass.error.zoomNotConfigured", () -> this.sessions.schedule(new SessionDraft(this.runId,
				"Zoom", date, LocalTime.NOON, IndonesianTime.WIB, 60, "ZOOM", null, null)));
		assertRefused("liveclass.error.recordingUrl", () -> this.sessions
			.recording(this.fixtures.session(this.runId, Duration.ofDays(1), 60), "javascript:alert(1)"));
		assertThat(this.sessions.sessionsOfRun(this.runId)).hasSize(before + 1);
	}

	@Test
	void onlyConfirmedParticipantsSeeTheSessionAndItsJoinAddress() {
		long id = this.fixtures.session(this.runId, Duration.ofDays(2), 60);
		PelitaUser confirmed = this.fixtures.confirmedParticipant(this.runId);
		PelitaUser outsider = this.fixtures.enrolment().employees(1, this.fixtures.enrolment().agency("36.04.02"))
			.stream()
			.map(EnrolmentFixtures::participant)
			.findFirst()
			.orElseThrow();
		this.fixtures.enrolment().as(confirmed, () -> {
			assertThat(this.sessions.session(id).joinUrl()).startsWith("https://");
			assertThat(this.sessions.mySessions()).anyMatch(s -> s.id() == id);
			assertThat(this.sessions.myNextSession()).isPresent();
		});
		this.fixtures.enrolment().as(outsider, () -> {
			assertThatExceptionOfType(OutsideScopeException.class).isThrownBy(() -> this.sessions.session(id));
			assertThat(this.sessions.schedule(this.runId)).anyMatch(s -> s.id() == id && s.joinUrl() == null);
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.sessions.cancel(id, "bukan hak saya"));
		});
	}

	@Test
	void joinOpensFifteenMinutesBeforeTheStartAndClosesAtTheEnd() {
		LiveSession session = this.sessions.session(this.fixtures.session(this.runId, Duration.ofDays(1), 60));
		assertThat(session.joinOpenAt(session.startsAt().minusSeconds(15 * 60 + 1))).isFalse();
		assertThat(session.joinOpenAt(session.startsAt().minusSeconds(15 * 60))).isTrue();
		assertThat(session.joinOpenAt(session.endsAt().minusSeconds(1))).isTrue();
		assertThat(session.joinOpenAt(session.endsAt())).isFalse();
	}

	private long schedule(String title, LocalDate date, int minutes, ZoneId zone) {
		return this.sessions.schedule(new SessionDraft(this.runId, title, date, LocalTime.of(9, 0), zone, minutes,
				"JITSI", null, null));
	}

	private static void assertRefused(String key, Runnable action) {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(action::run)
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}
