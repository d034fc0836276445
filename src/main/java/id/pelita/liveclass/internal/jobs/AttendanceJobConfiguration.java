package id.pelita.liveclass.internal.jobs;

import java.time.Duration;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The recurring attendance job, registered with the clustered Quartz scheduler at start-up. */
@Configuration(proxyBeanMethods = false)
class AttendanceJobConfiguration {

	static final Duration EVERY = Duration.ofMinutes(2);

	static final JobKey CLOSE_SILENT = JobKey.jobKey("attendance-close-silent", "liveclass");

	@Bean
	JobDetail closeSilentAttendanceJob() {
		return JobBuilder.newJob(CloseSilentAttendanceJob.class)
			.withIdentity(CLOSE_SILENT)
			.withDescription("Closes Jitsi attendance intervals without a heartbeat for more than 3 minutes")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger closeSilentAttendanceTrigger() {
		return TriggerBuilder.newTrigger()
			.forJob(CLOSE_SILENT)
			.withIdentity("attendance-close-silent", "liveclass")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(EVERY.toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNowWithExistingCount())
			.build();
	}

}
