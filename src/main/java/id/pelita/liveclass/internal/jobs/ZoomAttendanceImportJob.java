package id.pelita.liveclass.internal.jobs;

import id.pelita.liveclass.internal.zoom.ZoomJobs;
import id.pelita.liveclass.internal.zoom.ZoomAttendanceImport;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * {@code zoom-attendance-import-{sessionId}}: reads Zoom's participants report of the session's meeting, about ten
 * minutes after its scheduled end (or after {@code meeting.ended}), into the attendance ledger. On a rate limit or
 * an outage the service schedules it again for later. One-shot, misfire: fire now.
 */
@DisallowConcurrentExecution
public class ZoomAttendanceImportJob extends QuartzJobBean {

	private final ZoomAttendanceImport imports;

	ZoomAttendanceImportJob(ZoomAttendanceImport imports) {
		this.imports = imports;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		JobDataMap data = context.getMergedJobDataMap();
		this.imports.importAttendance(data.getLong(ZoomJobs.SESSION_ID),
				data.containsKey(ZoomJobs.MEETING_UUID) ? data.getString(ZoomJobs.MEETING_UUID) : null);
	}

}
