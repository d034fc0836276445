package id.pelita.operations.internal.jobs;

import id.pelita.operations.internal.backup.Backups;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Writes the nightly backup of the embedded default ({@link Backups#take()}, {@code pelita.backup.cron}, 01:00
 * WIB). Registered only on an H2 file database. <b>Misfire policy:</b> fire once when the node is back.
 */
@DisallowConcurrentExecution
class BackupJob extends QuartzJobBean {

	private final Backups backups;

	BackupJob(Backups backups) {
		this.backups = backups;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.backups.take();
	}

}
