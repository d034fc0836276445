package id.pelita.liveclass.internal.jobs;

import id.pelita.liveclass.internal.zoom.ZoomJobs;
import id.pelita.liveclass.internal.zoom.ZoomMeetings;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * {@code zoom-meeting-sync-{sessionId}}: brings the session's Zoom meeting in line with the session (create, update
 * or delete); on a rate limit or an outage the service schedules this trigger again for later. One-shot, misfire:
 * fire now. Never two at once for the same session.
 */
@DisallowConcurrentExecution
public class ZoomMeetingSyncJob extends QuartzJobBean {

	private final ZoomMeetings meetings;

	ZoomMeetingSyncJob(ZoomMeetings meetings) {
		this.meetings = meetings;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.meetings.sync(context.getMergedJobDataMap().getLong(ZoomJobs.SESSION_ID));
	}

}
