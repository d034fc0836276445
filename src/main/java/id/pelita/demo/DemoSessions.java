package id.pelita.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.liveclass.LiveSessionService;
import id.pelita.liveclass.SessionDraft;
import id.pelita.shared.security.Role;
import id.pelita.shared.time.IndonesianTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Live sessions for the demo participant's run, on Jitsi: one starting in 10 minutes (Join is open at once), one
 * tomorrow morning and one in three days, each in WIB. Scheduled through the service like an organiser would, so the
 * participants get their invitations in the notice centre and the reminders are planned. Only when that run has no
 * session yet.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "pelita.demo-data.enabled", matchIfMissing = true)
@Order(40)
class DemoSessions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);

	private final LiveSessionService sessions;

	private final ParticipantEnrolments enrolments;

	private final PersonDirectory people;

	private final DemoSignIn signIn;

	private final Clock clock;

	DemoSessions(LiveSessionService sessions, ParticipantEnrolments enrolments, PersonDirectory people, DemoSignIn signIn,
			Clock clock) {
		this.sessions = sessions;
		this.enrolments = enrolments;
		this.people = people;
		this.signIn = signIn;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		PersonRef participant = this.people.findByNip(DemoDataLoader.PARTICIPANT_NIP).orElse(null);
		if (participant == null) {
			return;
		}
		long runId = this.signIn.firstConfirmedRun(participant, this.enrolments);
		if (runId < 0 || !this.signIn.as(DemoSignIn.system(), () -> this.sessions.sessionsOfRun(runId)).isEmpty()) {
			return;
		}
		ZonedDateTime soon = this.clock.instant()
			.plus(Duration.ofMinutes(10))
			.atZone(IndonesianTime.WIB)
			.truncatedTo(ChronoUnit.MINUTES);
		LocalDate today = soon.toLocalDate();
		Long host = this.people.withRole(Role.ORGANISER).stream().map(PersonRef::accountId).findFirst().orElse(null);
		this.signIn.as(DemoSignIn.system(), () -> {
			schedule(runId, host, "Sesi 1: Pembukaan dan kontrak belajar", soon.toLocalDate(), soon.toLocalTime(), 60);
			schedule(runId, host, "Sesi 2: Studi kasus", today.plusDays(1), LocalTime.of(9, 0), 90);
			schedule(runId, host, "Sesi 3: Presentasi dan evaluasi", today.plusDays(3), LocalTime.of(13, 0), 120);
			return null;
		});
		log.info("Loaded 3 demo live sessions for run {}", runId);
	}

	private void schedule(long runId, Long host, String title, LocalDate date, LocalTime time, int minutes) {
		this.sessions.schedule(new SessionDraft(runId, title, date, time, IndonesianTime.WIB, minutes,
				"JITSI", host, "Dr. Siti Rahmawati, M.Si."));
	}

}
