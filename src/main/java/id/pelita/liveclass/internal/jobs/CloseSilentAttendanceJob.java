package id.pelita.liveclass.internal.jobs;

import java.time.Clock;
import java.time.Duration;

import id.pelita.liveclass.internal.AttendanceLedger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Closes the open Jitsi intervals of browsers that went silent: no heartbeat (one a minute) for more than three
 * minutes, e.g. a phone that lost its connection or a tab killed without a leave. The interval keeps its last
 * heartbeat as its end, so nothing is counted beyond the last sign of life. Runs every
 * {@code pelita.liveclass.jobs.attendance-close-silent} (2 minutes) on one node of the cluster.
 *
 * <p>
 * Misfire policy: {@code MISFIRE_INSTRUCTION_RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT} (Quartz's
 * {@code withMisfireHandlingInstructionNowWithExistingCount}). After downtime or a busy scheduler the missed runs
 * are not replayed one by one: the job runs once at once and then every two minutes from then on. One run does
 * everything that is due, because it closes every interval silent for longer than the limit whenever it runs.
 */
@DisallowConcurrentExecution
class CloseSilentAttendanceJob extends QuartzJobBean {

	/** Three missed heartbeats. */
	static final Duration SILENCE = Duration.ofMinutes(3);

	private static final Logger log = LoggerFactory.getLogger(CloseSilentAttendanceJob.class);

	private final AttendanceLedger ledger;

	private final Clock clock;

	CloseSilentAttendanceJob(AttendanceLedger ledger, Clock clock) {
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		int closed = this.ledger.closeSilent(this.clock.instant().minus(SILENCE));
		if (closed > 0) {
			log.info("Closed {} silent attendance interval(s)", closed);
		}
	}

}
