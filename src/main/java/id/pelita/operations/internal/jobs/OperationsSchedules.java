package id.pelita.operations.internal.jobs;

import id.pelita.operations.AuditSettings;
import id.pelita.operations.BackupSettings;
import id.pelita.shared.scheduling.RecurringJobs;
import id.pelita.shared.scheduling.RecurringJobs.Misfire;
import id.pelita.shared.time.IndonesianTime;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operations module's recurring jobs, registered with the clustered Quartz scheduler at start-up. */
@Configuration(proxyBeanMethods = false)
class OperationsSchedules {

	static final JobKey AUDIT_RETENTION = JobKey.jobKey("audit-retention", "operations");

	static final JobKey BACKUP = JobKey.jobKey("backup", "operations");

	@Bean
	JobDetail auditRetentionJob() {
		return RecurringJobs.job(AuditRetentionJob.class, AUDIT_RETENTION,
				"Deletes audit log entries older than pelita.audit.retention");
	}

	@Bean
	Trigger auditRetentionTrigger(AuditSettings settings) {
		return RecurringJobs.cron(AUDIT_RETENTION, settings.pruneCron(), IndonesianTime.DEFAULT_ZONE, Misfire.RUN_ONCE_NOW);
	}

	/** The nightly backup, only on an H2 file database (the embedded default) and unless switched off. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:') and ${pelita.backup.scheduled:true}")
	static class BackupSchedule {

		@Bean
		JobDetail backupJob() {
			return RecurringJobs.job(BackupJob.class, BACKUP,
					"Backs up the H2 database, the storage directory and the signing key into pelita.backup.directory");
		}

		@Bean
		Trigger backupTrigger(BackupSettings settings) {
			return RecurringJobs.cron(BACKUP, settings.cron(), IndonesianTime.DEFAULT_ZONE, Misfire.RUN_ONCE_NOW);
		}

	}

}
