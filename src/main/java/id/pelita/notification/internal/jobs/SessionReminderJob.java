package id.pelita.notification.internal.jobs;

import java.time.Instant;

import id.pelita.notification.internal.SessionReminders;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Fires one reminder of one session: reads the session id, the offset and the start it was planned for from the
 * trigger, and leaves the rest to {@link SessionReminders}, which re-reads the session first.
 * <p>
 * Misfire policy: fire now ({@code MISFIRE_INSTRUCTION_FIRE_NOW}). A reminder missed while every node was down is
 * still sent when a node comes back, unless the session has started by then - {@link SessionReminders} checks.
 * The job requests recovery, so a node dying mid-run leaves the trigger to another node; the dispatch key makes
 * the second run send nothing twice.
 */
class SessionReminderJob extends QuartzJobBean {

	private final SessionReminders reminders;

	SessionReminderJob(SessionReminders reminders) {
		this.reminders = reminders;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		JobDataMap data = context.getMergedJobDataMap();
		this.reminders.remind(data.getLong(SessionReminders.SESSION_ID), data.getLong(SessionReminders.OFFSET_MINUTES),
				Instant.ofEpochSecond(data.getLong(SessionReminders.STARTS_AT)));
	}

}
