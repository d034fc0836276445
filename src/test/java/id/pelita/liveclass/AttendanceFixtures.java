package id.pelita.liveclass;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.shared.security.PelitaUser;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions in every state the attendance tests need, relative to the real clock: the service refuses to schedule
 * in the past, so sessions that have started or ended are scheduled ahead and then moved back in the database,
 * and Zoom sessions (which need Zoom credentials to schedule) are Jitsi sessions turned into Zoom ones.
 */
public final class AttendanceFixtures {

	public static final String ZOOM_JOIN_URL = "https://zoom.example.test/j/81234567890?pwd=abc";

	private final ApplicationContext context;

	private final LiveClassFixtures live;

	public AttendanceFixtures(ApplicationContext context) {
		this.context = context;
		this.live = new LiveClassFixtures(context);
	}

	public LiveClassFixtures live() {
		return this.live;
	}

	public EnrolmentFixtures enrolment() {
		return this.live.enrolment();
	}

	public long run() {
		return this.live.run();
	}

	public PelitaUser participant(long runId) {
		return this.live.confirmedParticipant(runId);
	}

	/** An employee of OPD 36.04.02 without a seat in any run. */
	public PelitaUser outsider() {
		PersonRef person = enrolment().employee(enrolment().agency("36.04.02"));
		return EnrolmentFixtures.participant(person);
	}

	/** A Jitsi session starting after the given time from now. */
	public long session(long runId, Duration startsIn, int minutes) {
		return this.live.session(runId, startsIn, minutes);
	}

	/** A Jitsi session that started the given time ago (whole minutes). */
	public long startedSession(long runId, Duration startedAgo, int minutes) {
		long id = this.live.session(runId, Duration.ofDays(1), minutes);
		Instant start = now().minus(startedAgo).truncatedTo(ChronoUnit.MINUTES);
		jdbc().update("update live_session set starts_at = ? where id = ?", Timestamp.from(start), id);
		return id;
	}

	/** A Zoom session (meeting ready, join URL {@link #ZOOM_JOIN_URL}) starting after the given time from now. */
	public long zoomSession(long runId, Duration startsIn, int minutes) {
		long id = this.live.session(runId, startsIn, minutes);
		jdbc().update("""
				update live_session set provider = 'ZOOM', room_name = null, meeting_id = '81234567890',
				join_url = ? where id = ?""", ZOOM_JOIN_URL, id);
		return id;
	}

	public Instant startOf(long sessionId) {
		return jdbc().queryForObject("select starts_at from live_session where id = ?", Timestamp.class, sessionId)
			.toInstant();
	}

	/** A closed interval as a source would report it, minutes relative to the session's start. */
	public void attended(long sessionId, long accountId, AttendanceSource source, int fromMinute, int toMinute) {
		Instant start = startOf(sessionId);
		this.context.getBean(AttendanceLedger.class)
			.record(sessionId, accountId, source, source.name().toLowerCase() + "-" + UUID.randomUUID(),
					start.plus(Duration.ofMinutes(fromMinute)), start.plus(Duration.ofMinutes(toMinute)), null, null);
	}

	public Instant now() {
		return this.context.getBean(Clock.class).instant();
	}

	private JdbcTemplate jdbc() {
		return this.context.getBean(JdbcTemplate.class);
	}

}
