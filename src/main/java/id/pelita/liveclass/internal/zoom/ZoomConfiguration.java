package id.pelita.liveclass.internal.zoom;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import id.pelita.liveclass.ZoomSettings;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Zoom, when {@code pelita.zoom.*} holds the Server-to-Server OAuth credentials: the gateway and the two
 * recurring sweeps. Recurring triggers start one interval after start-up; misfire policy: skip the missed runs
 * and wait for the next one (a sweep looks at everything due anyway).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ZoomConfigured.class)
class ZoomConfiguration {

	static final Duration PENDING_SWEEP = Duration.ofMinutes(5);

	static final Duration IMPORT_SWEEP = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(ZoomConfiguration.class);

	@Bean
	ZoomClient zoomClient(ZoomSettings settings, JsonMapper json, Clock clock) {
		if (!settings.webhooksConfigured()) {
			log.warn("pelita.zoom.webhook-secret is not set: Zoom webhooks will be refused; attendance comes only "
					+ "from the participants report after each meeting");
		}
		return new ZoomClient(settings, json, clock);
	}

	@Bean
	JobDetail zoomPendingMeetingsSweep() {
		return JobBuilder.newJob(ZoomPendingMeetingsSweepJob.class)
			.withIdentity("zoom-pending-meetings-sweep", ZoomJobs.GROUP)
			.storeDurably()
			.build();
	}

	@Bean
	Trigger zoomPendingMeetingsSweepTrigger(@Qualifier("zoomPendingMeetingsSweep") JobDetail job, Clock clock) {
		return recurring(job, PENDING_SWEEP, clock);
	}

	@Bean
	JobDetail zoomAttendanceImportSweep() {
		return JobBuilder.newJob(ZoomAttendanceImportSweepJob.class)
			.withIdentity("zoom-attendance-import-sweep", ZoomJobs.GROUP)
			.storeDurably()
			.build();
	}

	@Bean
	Trigger zoomAttendanceImportSweepTrigger(@Qualifier("zoomAttendanceImportSweep") JobDetail job, Clock clock) {
		return recurring(job, IMPORT_SWEEP, clock);
	}

	private static Trigger recurring(JobDetail job, Duration every, Clock clock) {
		return TriggerBuilder.newTrigger()
			.withIdentity(job.getKey().getName(), job.getKey().getGroup())
			.forJob(job)
			.startAt(Date.from(clock.instant().plus(every)))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(every.toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

}
