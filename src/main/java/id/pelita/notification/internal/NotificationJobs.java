package id.pelita.notification.internal;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notification module's Quartz jobs, stored durably; their triggers come and go with what they serve. */
@Configuration(proxyBeanMethods = false)
class NotificationJobs {

	@Bean
	JobDetail sessionReminderJob() {
		return JobBuilder.newJob(SessionReminderJob.class)
			.withIdentity(SessionReminders.JOB)
			.storeDurably()
			.requestRecovery()
			.withDescription("Sends one reminder of one live session to its participants")
			.build();
	}

}
