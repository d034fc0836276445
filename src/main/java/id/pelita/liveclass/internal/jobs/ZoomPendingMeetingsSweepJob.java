package id.pelita.liveclass.internal.jobs;

import id.pelita.liveclass.internal.zoom.ZoomMeetings;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * {@code zoom-pending-meetings-sweep}, every 5 minutes: Zoom sessions still {@code PENDING} whose retry time has
 * passed and that have no sync trigger waiting (a trigger lost or in error) get one now. Misfire: skip the missed
 * runs and go on with the next one.
 */
@DisallowConcurrentExecution
public class ZoomPendingMeetingsSweepJob extends QuartzJobBean {

	private final ZoomMeetings meetings;

	ZoomPendingMeetingsSweepJob(ZoomMeetings meetings) {
		this.meetings = meetings;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.meetings.sweepPending();
	}

}
