package id.pelita.operations.internal.jobs;

import id.pelita.operations.internal.AuditRetention;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Prunes the audit log ({@link AuditRetention#prune()}) nightly ({@code pelita.audit.prune-cron}, 02:30 WIB) on
 * one node of the cluster. <b>Misfire policy:</b> fire once when a node is back; one run prunes everything due.
 */
@DisallowConcurrentExecution
class AuditRetentionJob extends QuartzJobBean {

	private final AuditRetention retention;

	AuditRetentionJob(AuditRetention retention) {
		this.retention = retention;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.retention.prune();
	}

}
