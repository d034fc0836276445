package id.pelita.liveclass;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.PersonRef;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.Await;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs with confirmed participants and sessions, for the live class tests. */
public final class LiveClassFixtures {

	private final ApplicationContext context;

	private final EnrolmentFixtures enrolment;

	public LiveClassFixtures(ApplicationContext context) {
		this.context = context;
		this.enrolment = new EnrolmentFixtures(context);
	}

	public EnrolmentFixtures enrolment() {
		return this.enrolment;
	}

	/** An open run with room for 50. */
	public long run() {
		return this.enrolment.openRun(50, Map.of(), EnrolmentMode.OPEN);
	}

	/** A new employee of the demo OPD 36.04.02 with a confirmed seat in the run. */
	public PelitaUser confirmedParticipant(long runId) {
		PersonRef person = this.enrolment.employee(this.enrolment.agency("36.04.02"));
		PelitaUser user = EnrolmentFixtures.participant(person);
		this.enrolment.as(user, () -> this.context.getBean(ParticipantEnrolments.class).enrol(runId));
		Await.eventsHandled(this.context.getBean(JdbcTemplate.class));
		return user;
	}

	/** A Jitsi session of the run starting after the given time from now (WIB), lasting the minutes. */
	public long session(long runId, Duration startsIn, int minutes) {
		return session(runId, startsIn, minutes, "JITSI");
	}

	/** A Jitsi session starting exactly at the instant (seconds kept), for tests that wait for a trigger. */
	public long sessionAt(long runId, Instant start, int minutes) {
		ZonedDateTime at = start.atZone(IndonesianTime.WIB);
		return handled(this.enrolment.asSystem(() -> this.context.getBean(LiveSessionService.class)
			.schedule(new SessionDraft(runId, "Sesi tepat " + at.toLocalTime(), at.toLocalDate(), at.toLocalTime(),
					IndonesianTime.WIB, 60, "JITSI", null, null))));
	}

	public long session(long runId, Duration startsIn, int minutes, String provider) {
		ZoneId zone = IndonesianTime.WIB;
		Instant now = this.context.getBean(Clock.class).instant();
		ZonedDateTime start = now.plus(startsIn).atZone(zone).withSecond(0).withNano(0);
		return handled(this.enrolment.asSystem(() -> this.context.getBean(LiveSessionService.class)
			.schedule(new SessionDraft(runId, "Sesi " + start.toLocalTime(), start.toLocalDate(), start.toLocalTime(),
					zone, minutes, provider, null, "Dr. Siti Rahma"))));
	}

	/** The session, once the participants' messages about it (written after commit) are in the outbox. */
	private long handled(long sessionId) {
		Await.eventsHandled(this.context.getBean(JdbcTemplate.class));
		return sessionId;
	}

}
