package id.pelita.operations.internal.jobs;

import id.pelita.operations.AuditSettings;
import id.pelita.shared.scheduling.RecurringJobs;
import id.pelita.shared.scheduling.RecurringJobs.Misfire;
import id.pelita.shared.time.IndonesianTime;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operations module's recurring jobs, registered with the clustered Quartz scheduler at start-up. */
@Configuration(proxyBeanMethods = false)
class OperationsSchedules {

	static final JobKey AUDIT_RETENTION = JobKey.jobKey("audit-retention", "operations");

	@Bean
	JobDetail auditRetentionJob() {
		return RecurringJobs.job(AuditRetentionJob.class, AUDIT_RETENTION,
				"Deletes audit log entries older than pelita.audit.retention");
	}

	@Bean
	Trigger auditRetentionTrigger(AuditSettings settings) {
		return RecurringJobs.cron(AUDIT_RETENTION, settings.pruneCron(), IndonesianTime.DEFAULT_ZONE, Misfire.RUN_ONCE_NOW);
	}

}
