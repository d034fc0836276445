package id.pelita.liveclass.internal.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import id.pelita.liveclass.LiveClassSettings;
import id.pelita.liveclass.internal.zoom.ZoomConfigured;
import id.pelita.liveclass.internal.zoom.ZoomJobs;
import id.pelita.shared.scheduling.RecurringJobs;
import id.pelita.shared.scheduling.RecurringJobs.Misfire;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The live class module's recurring jobs, registered with the clustered Quartz scheduler at start-up and scheduled
 * from {@code pelita.liveclass.jobs.*}. The Zoom sweeps exist only when Zoom is configured; they start one interval
 * after start-up and skip missed runs (a sweep looks at everything due anyway). The one-shot Zoom triggers per
 * session are written by {@code internal.zoom.ZoomJobs}.
 */
@Configuration(proxyBeanMethods = false)
class LiveClassSchedules {

	static final JobKey CLOSE_SILENT = JobKey.jobKey("attendance-close-silent", "liveclass");

	static final JobKey ZOOM_PENDING_SWEEP = JobKey.jobKey("zoom-pending-meetings-sweep", ZoomJobs.GROUP);

	static final JobKey ZOOM_IMPORT_SWEEP = JobKey.jobKey("zoom-attendance-import-sweep", ZoomJobs.GROUP);

	@Bean
	JobDetail closeSilentAttendanceJob() {
		return RecurringJobs.job(CloseSilentAttendanceJob.class, CLOSE_SILENT,
				"Closes Jitsi attendance intervals without a heartbeat for more than 3 minutes");
	}

	@Bean
	Trigger closeSilentAttendanceTrigger(LiveClassSettings settings) {
		return RecurringJobs.every(CLOSE_SILENT, settings.jobs().attendanceCloseSilent(), Misfire.RUN_ONCE_NOW,
				Instant.now());
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(ZoomConfigured.class)
	static class ZoomSchedules {

		@Bean
		JobDetail zoomPendingMeetingsSweep() {
			return RecurringJobs.job(ZoomPendingMeetingsSweepJob.class, ZOOM_PENDING_SWEEP,
					"Gives pending Zoom sessions whose retry time passed a sync trigger again");
		}

		@Bean
		Trigger zoomPendingMeetingsSweepTrigger(LiveClassSettings settings, Clock clock) {
			return afterOneInterval(ZOOM_PENDING_SWEEP, settings.jobs().zoomPendingMeetingsSweep(), clock);
		}

		@Bean
		JobDetail zoomAttendanceImportSweep() {
			return RecurringJobs.job(ZoomAttendanceImportSweepJob.class, ZOOM_IMPORT_SWEEP,
					"Schedules the attendance import of ended Zoom sessions that have none");
		}

		@Bean
		Trigger zoomAttendanceImportSweepTrigger(LiveClassSettings settings, Clock clock) {
			return afterOneInterval(ZOOM_IMPORT_SWEEP, settings.jobs().zoomAttendanceImportSweep(), clock);
		}

		private static Trigger afterOneInterval(JobKey job, Duration every, Clock clock) {
			return RecurringJobs.every(job, every, Misfire.SKIP, clock.instant().plus(every));
		}

	}

}
