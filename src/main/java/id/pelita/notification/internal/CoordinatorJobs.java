package id.pelita.notification.internal;

import java.util.TimeZone;

import id.pelita.shared.time.IndonesianTime;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The recurring jobs that write to agency coordinators. */
@Configuration(proxyBeanMethods = false)
class CoordinatorJobs {

	/**
	 * Every hour at :05: free reserved seats in runs whose registration closes within 48 hours. Misfire policy: do
	 * nothing - the next hour covers a missed one (the 48-hour window is wide).
	 */
	@DisallowConcurrentExecution
	static class RegistrationClosingJob extends QuartzJobBean {

		private final CoordinatorMessages messages;

		RegistrationClosingJob(CoordinatorMessages messages) {
			this.messages = messages;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.messages.remindRegistrationClosing();
		}

	}

	/**
	 * On the 1st of each month at 07:00 WIB: the agency digest. Misfire policy: fire once now - if every node was
	 * down at 07:00, the digest still goes out when one comes back (at most once per coordinator and month).
	 */
	@DisallowConcurrentExecution
	static class MonthlyDigestJob extends QuartzJobBean {

		private final CoordinatorMessages messages;

		MonthlyDigestJob(CoordinatorMessages messages) {
			this.messages = messages;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.messages.sendMonthlyDigests();
		}

	}

	@Bean
	JobDetail registrationClosingJob() {
		return JobBuilder.newJob(RegistrationClosingJob.class)
			.withIdentity("registration-closing", "notification")
			.withDescription("Tells coordinators of free reserved seats before registration closes")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger registrationClosingTrigger(JobDetail registrationClosingJob) {
		return TriggerBuilder.newTrigger()
			.forJob(registrationClosingJob)
			.withIdentity("registration-closing", "notification")
			.withSchedule(CronScheduleBuilder.cronSchedule("0 5 * * * ?").withMisfireHandlingInstructionDoNothing())
			.build();
	}

	@Bean
	JobDetail monthlyDigestJob() {
		return JobBuilder.newJob(MonthlyDigestJob.class)
			.withIdentity("agency-digest", "notification")
			.withDescription("Monthly JP digest for agency coordinators")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger monthlyDigestTrigger(JobDetail monthlyDigestJob) {
		return TriggerBuilder.newTrigger()
			.forJob(monthlyDigestJob)
			.withIdentity("agency-digest", "notification")
			.withSchedule(CronScheduleBuilder.cronSchedule("0 0 7 1 * ?")
				.inTimeZone(TimeZone.getTimeZone(IndonesianTime.DEFAULT_ZONE))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
