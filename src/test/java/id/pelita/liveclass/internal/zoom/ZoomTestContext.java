package id.pelita.liveclass.internal.zoom;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.enrolment.ParticipantEnrolments;
import id.pelita.identity.AccountService;
import id.pelita.identity.NewAccount;
import id.pelita.liveclass.LiveClassFixtures;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionDirectory;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * One application context with Zoom configured at a {@link ZoomMockServer}, shared by the Zoom test classes. Its
 * Quartz scheduler stores triggers but does not fire them (the tests run the jobs' services themselves, so no
 * trigger fires in the middle of another test); a scheduler name of its own keeps its job store apart from the
 * other test contexts in this JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.quartz.auto-startup=false")
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.quartz.scheduler-name=pelita-zoom-h2")
public abstract class ZoomTestContext {

	/** Short, so that the slow-answer test is quick. */
	static final Duration READ_TIMEOUT = Duration.ofMillis(700);

	protected static final ZoomMockServer ZOOM = ZoomMockServer.start();

	@Autowired
	protected ApplicationContext context;

	@Autowired
	protected Scheduler scheduler;

	@Autowired
	protected LiveSessionDirectory directory;

	protected LiveClassFixtures fixtures;

	protected long runId;

	@DynamicPropertySource
	static void zoom(DynamicPropertyRegistry registry) {
		ZOOM.properties(READ_TIMEOUT).forEach((name, value) -> registry.add(name, () -> value));
	}

	@BeforeEach
	void zoomAndRun() {
		ZOOM.reset();
		this.fixtures = new LiveClassFixtures(this.context);
		this.runId = this.fixtures.run();
		SignIn.as(this.context, "penyelenggara");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	/** A Zoom session of the test's run starting in two days, 60 minutes, its meeting not created yet. */
	protected long zoomSession() {
		return this.fixtures.session(this.runId, Duration.ofDays(2), 60, "ZOOM");
	}

	/** A Zoom session whose meeting the mock has created. */
	protected LiveSession zoomSessionWithMeeting() {
		long id = zoomSession();
		this.context.getBean(ZoomMeetings.class).sync(id);
		ZOOM.takeApiRequest();
		LiveSession session = session(id);
		if (session.joinUrl() == null) {
			throw new IllegalStateException("The mock did not create the meeting: " + session);
		}
		return session;
	}

	protected LiveSession session(long id) {
		return this.directory.find(id).orElseThrow();
	}

	protected String meetingId(long sessionId) {
		return this.context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
			.queryForObject("select meeting_id from live_session where id = ?", String.class, sessionId);
	}

	/** A confirmed participant of the test's run with an e-mail address of their own, in mixed case. */
	protected Participant participantWithEmail(String fullName) {
		String username = TestData.username("zoom");
		String email = username + "@SerangKab.go.id";
		EnrolmentFixtures enrolment = this.fixtures.enrolment();
		long accountId = enrolment.asSystem(() -> this.context.getBean(AccountService.class)
			.createSystemAccount(new NewAccount(username, fullName, email, TestData.nip(), null,
					enrolment.agency("36.04.02"), Set.of(Role.PARTICIPANT), null)));
		PelitaUser user = EnrolmentFixtures.user(accountId, username, enrolment.agency("36.04.02"),
				Role.PARTICIPANT);
		enrolment.as(user, () -> this.context.getBean(ParticipantEnrolments.class).enrol(this.runId));
		return new Participant(accountId, fullName, email, user);
	}

	/** A person of the test's run as Zoom tests need them. */
	protected record Participant(long accountId, String fullName, String email, PelitaUser user) {
	}

	/** When the trigger of that key fires next, or {@code null} when there is none. */
	protected Instant nextFire(String triggerName) {
		try {
			Trigger trigger = this.scheduler.getTrigger(TriggerKey.triggerKey(triggerName, ZoomJobs.GROUP));
			return trigger == null || trigger.getNextFireTime() == null ? null
					: trigger.getNextFireTime().toInstant();
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
