package id.pelita.notification.internal.jobs;

import java.time.Instant;

import id.pelita.notification.NotificationSettings;
import id.pelita.notification.internal.OutboxDelivery;
import id.pelita.notification.internal.SessionReminders;
import id.pelita.shared.scheduling.RecurringJobs;
import id.pelita.shared.scheduling.RecurringJobs.Misfire;
import id.pelita.shared.time.IndonesianTime;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The notification module's jobs, registered with the clustered Quartz scheduler at start-up: the recurring ones
 * scheduled from {@code pelita.notification.jobs.*}, and the durable session-reminder job whose one-shot triggers
 * {@link SessionReminders} writes and removes with the sessions they serve.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSchedules {

	static final JobKey REGISTRATION_CLOSING = JobKey.jobKey("registration-closing", "notification");

	static final JobKey AGENCY_DIGEST = JobKey.jobKey("agency-digest", "notification");

	@Bean
	JobDetail sessionReminderJob() {
		return JobBuilder.newJob(SessionReminderJob.class)
			.withIdentity(SessionReminders.JOB)
			.storeDurably()
			.requestRecovery()
			.withDescription("Sends one reminder of one live session to its participants")
			.build();
	}

	@Bean
	JobDetail registrationClosingJob() {
		return RecurringJobs.job(CoordinatorJobs.RegistrationClosingJob.class, REGISTRATION_CLOSING,
				"Tells coordinators of free reserved seats before registration closes");
	}

	@Bean
	Trigger registrationClosingTrigger(NotificationSettings settings) {
		return RecurringJobs.cron(REGISTRATION_CLOSING, settings.jobs().registrationClosing(),
				IndonesianTime.DEFAULT_ZONE, Misfire.SKIP);
	}

	@Bean
	JobDetail monthlyDigestJob() {
		return RecurringJobs.job(CoordinatorJobs.MonthlyDigestJob.class, AGENCY_DIGEST,
				"Monthly JP digest for agency coordinators");
	}

	@Bean
	Trigger monthlyDigestTrigger(NotificationSettings settings) {
		return RecurringJobs.cron(AGENCY_DIGEST, settings.jobs().agencyDigest(), IndonesianTime.DEFAULT_ZONE,
				Misfire.RUN_ONCE_NOW);
	}

	/**
	 * The recurring {@link OutboxDeliveryJob}, unless {@code pelita.outbox.scheduled=false}; the first fire is one
	 * interval after the start.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "pelita.outbox.scheduled", matchIfMissing = true)
	static class OutboxDeliverySchedule {

		@Bean
		JobDetail outboxDeliveryJob() {
			return RecurringJobs.job(OutboxDeliveryJob.class, OutboxDelivery.JOB,
					"Delivers the due messages of the outbox");
		}

		@Bean
		Trigger outboxDeliveryTrigger(NotificationSettings settings, Environment environment) {
			if (environment.containsProperty("pelita.outbox.interval")) {
				throw new IllegalStateException("pelita.outbox.interval is now pelita.notification.jobs.outbox-delivery;"
						+ " please rename the setting");
			}
			return RecurringJobs.every(OutboxDelivery.JOB, settings.jobs().outboxDelivery(), Misfire.RUN_ONCE_NOW,
					Instant.now().plus(settings.jobs().outboxDelivery()));
		}

	}

}
