package id.pelita.certificate.internal.jobs;

import id.pelita.certificate.CertificateSettings;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The certificate module's recurring job: the issue sweep, every {@code pelita.certificate.jobs.issue-sweep}. */
@Configuration(proxyBeanMethods = false)
class CertificateSchedules {

	static final JobKey ISSUE_SWEEP = JobKey.jobKey("certificate-issue-sweep", "certificate");

	@Bean
	JobDetail certificateIssueSweepJob() {
		return JobBuilder.newJob(IssueSweepJob.class)
			.withIdentity(ISSUE_SWEEP)
			.withDescription("Issues certificates of completions the event listener missed")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger certificateIssueSweepTrigger(CertificateSettings settings) {
		return TriggerBuilder.newTrigger()
			.forJob(ISSUE_SWEEP)
			.withIdentity("certificate-issue-sweep", "certificate")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(settings.jobs().issueSweep().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNowWithExistingCount())
			.build();
	}

}
