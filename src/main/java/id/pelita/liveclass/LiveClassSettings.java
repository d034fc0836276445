package id.pelita.liveclass;

import java.time.Duration;

import id.pelita.shared.scheduling.RecurringJobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the live class module as a whole, under {@code pelita.liveclass}. The providers keep their own
 * records ({@link JitsiSettings} {@code pelita.jitsi}, {@link ZoomSettings} {@code pelita.zoom},
 * {@link VideoSettings} {@code pelita.video}).
 *
 * @param jobs the schedules of the module's recurring jobs ({@code pelita.liveclass.jobs.*})
 */
@ConfigurationProperties("pelita.liveclass")
public record LiveClassSettings(@DefaultValue Jobs jobs) {

	/**
	 * @param attendanceCloseSilent how often silent Jitsi attendance intervals are closed (job
	 * {@code attendance-close-silent}, default 2 minutes)
	 * @param zoomPendingMeetingsSweep how often pending Zoom meetings whose retry time passed get a sync trigger
	 * again (job {@code zoom-pending-meetings-sweep}, default 5 minutes; only with Zoom configured)
	 * @param zoomAttendanceImportSweep how often ended Zoom sessions without an attendance import get one (job
	 * {@code zoom-attendance-import-sweep}, default 1 hour; only with Zoom configured)
	 */
	public record Jobs(@DefaultValue("2m") Duration attendanceCloseSilent,
			@DefaultValue("5m") Duration zoomPendingMeetingsSweep,
			@DefaultValue("1h") Duration zoomAttendanceImportSweep) {

		public Jobs {
			RecurringJobs.positive("pelita.liveclass.jobs.attendance-close-silent", attendanceCloseSilent);
			RecurringJobs.positive("pelita.liveclass.jobs.zoom-pending-meetings-sweep", zoomPendingMeetingsSweep);
			RecurringJobs.positive("pelita.liveclass.jobs.zoom-attendance-import-sweep", zoomAttendanceImportSweep);
		}

	}

}
