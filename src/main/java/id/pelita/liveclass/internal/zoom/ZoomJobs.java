package id.pelita.liveclass.internal.zoom;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import id.pelita.liveclass.internal.ZoomMeetingSync;
import id.pelita.liveclass.internal.jobs.ZoomAttendanceImportJob;
import id.pelita.liveclass.internal.jobs.ZoomMeetingSyncJob;
import org.jspecify.annotations.Nullable;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-shot Quartz triggers of Zoom sessions, keyed by the session they serve:
 * {@code zoom-meeting-sync-{sessionId}} (bring the meeting in line with the session) and
 * {@code zoom-attendance-import-{sessionId}} (read the participants report). Scheduling one replaces the one
 * there was. The triggers are written in the caller's transaction (Quartz's JDBC store joins Spring's
 * transactions), so they exist, and fire, only once that transaction has committed.
 *
 * <p>
 * Misfire policy of both: fire now. A trigger missed while every node was down fires as soon as a node is back.
 */
@Component
@Conditional(ZoomConfigured.class)
public class ZoomJobs implements ZoomMeetingSync {

	public static final String GROUP = "zoom";

	public static final String SESSION_ID = "sessionId";

	public static final String MEETING_UUID = "meetingUuid";

	private final Scheduler scheduler;

	private final Clock clock;

	ZoomJobs(Scheduler scheduler, Clock clock) {
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/** The session's meeting is to be brought in line as soon as the current transaction commits. */
	@Override
	@Transactional
	public void requestSync(long sessionId) {
		syncAt(sessionId, this.clock.instant());
	}

	@Transactional
	public void syncAt(long sessionId, Instant at) {
		schedule(ZoomMeetingSyncJob.class, syncKey(sessionId), sessionId, null, at);
	}

	@Transactional
	public void importAt(long sessionId, Instant at, @Nullable String meetingUuid) {
		schedule(ZoomAttendanceImportJob.class, importKey(sessionId), sessionId, meetingUuid, at);
	}

	@Transactional
	public void cancelImport(long sessionId) {
		try {
			this.scheduler.deleteJob(importKey(sessionId));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Cannot remove the attendance import of session " + sessionId, ex);
		}
	}

	/** Whether a trigger of that kind is waiting for the session (not in error). */
	@Transactional(readOnly = true)
	public boolean syncWaiting(long sessionId) {
		return waiting(syncKey(sessionId));
	}

	@Transactional(readOnly = true)
	public boolean importWaiting(long sessionId) {
		return waiting(importKey(sessionId));
	}

	static JobKey syncKey(long sessionId) {
		return JobKey.jobKey("zoom-meeting-sync-" + sessionId, GROUP);
	}

	static JobKey importKey(long sessionId) {
		return JobKey.jobKey("zoom-attendance-import-" + sessionId, GROUP);
	}

	private boolean waiting(JobKey key) {
		TriggerKey trigger = TriggerKey.triggerKey(key.getName(), key.getGroup());
		try {
			Trigger.TriggerState state = this.scheduler.getTriggerState(trigger);
			return state != Trigger.TriggerState.NONE && state != Trigger.TriggerState.ERROR
					&& state != Trigger.TriggerState.COMPLETE;
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Cannot read the trigger " + key, ex);
		}
	}

	private void schedule(Class<? extends Job> job, JobKey key, long sessionId, @Nullable String meetingUuid,
			Instant at) {
		JobBuilder detail = JobBuilder.newJob(job).withIdentity(key).usingJobData(SESSION_ID, sessionId);
		if (meetingUuid != null) {
			detail.usingJobData(MEETING_UUID, meetingUuid);
		}
		JobDetail jobDetail = detail.build();
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity(key.getName(), key.getGroup())
			.forJob(jobDetail)
			.startAt(Date.from(at))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
		try {
			this.scheduler.scheduleJob(jobDetail, java.util.Set.of(trigger), true);
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Cannot schedule " + key, ex);
		}
	}

}
