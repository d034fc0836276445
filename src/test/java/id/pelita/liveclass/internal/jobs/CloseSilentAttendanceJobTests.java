package id.pelita.liveclass.internal.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import id.pelita.liveclass.AttendanceFixtures;
import id.pelita.liveclass.AttendanceSource;
import id.pelita.liveclass.internal.AttendanceLedger;
import id.pelita.liveclass.internal.AttendanceLedger.Interval;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep that ends the intervals of browsers that went silent. */
@H2Test
class CloseSilentAttendanceJobTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AttendanceLedger ledger;

	@Autowired
	Scheduler scheduler;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void anIntervalSilentForMoreThanThreeHeartbeatsIsClosedAtItsLastHeartbeat() throws Exception {
		AttendanceFixtures fixtures = new AttendanceFixtures(this.context);
		long runId = fixtures.run();
		long session = fixtures.startedSession(runId, Duration.ofMinutes(30), 60);
		long silent = fixtures.participant(runId).accountId();
		long alive = fixtures.participant(runId).accountId();
		Instant now = fixtures.now().truncatedTo(ChronoUnit.MILLIS);
		this.ledger.open(session, silent, AttendanceSource.JITSI, "silent-key", now.minus(Duration.ofMinutes(20)));
		this.ledger.heartbeat(session, silent, AttendanceSource.JITSI, "silent-key", now.minus(Duration.ofMinutes(4)));
		this.ledger.open(session, alive, AttendanceSource.JITSI, "alive-key", now.minus(Duration.ofMinutes(10)));
		this.ledger.heartbeat(session, alive, AttendanceSource.JITSI, "alive-key", now.minus(Duration.ofMinutes(2)));

		new CloseSilentAttendanceJob(this.ledger, Clock.fixed(now, ZoneOffset.UTC)).executeInternal(null);

		Interval closed = interval(session, "silent-key");
		assertThat(closed.open()).isFalse();
		assertThat(closed.leftAt()).isEqualTo(now.minus(Duration.ofMinutes(4)));
		assertThat(interval(session, "alive-key").open()).isTrue();
	}

	@Test
	void theSweepRunsEveryTwoMinutesAndRunsOnceAfterAMisfire() throws Exception {
		Trigger trigger = this.scheduler.getTrigger(TriggerKey.triggerKey("attendance-close-silent", "liveclass"));
		assertThat(trigger).isInstanceOf(SimpleTrigger.class);
		SimpleTrigger simple = (SimpleTrigger) trigger;
		assertThat(simple.getRepeatInterval()).isEqualTo(Duration.ofMinutes(2).toMillis());
		assertThat(simple.getRepeatCount()).isEqualTo(SimpleTrigger.REPEAT_INDEFINITELY);
		assertThat(simple.getMisfireInstruction())
			.isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT);
		assertThat(this.scheduler.getJobDetail(simple.getJobKey()).getJobClass())
			.isEqualTo(CloseSilentAttendanceJob.class);
	}

	private Interval interval(long session, String key) {
		return this.ledger.ofSession(session).stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
	}

}
