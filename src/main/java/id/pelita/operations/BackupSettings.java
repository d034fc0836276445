package id.pelita.operations;

import java.nio.file.Path;

import id.pelita.shared.scheduling.RecurringJobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the backups of the embedded default, under {@code pelita.backup}.
 *
 * @param directory where the archives go (default {@code ./data/backups})
 * @param keep how many archives are kept, the newest (default 14); older ones are deleted after each backup
 * @param cron when the nightly backup runs (Quartz cron read in WIB, default 01:00 every night); the job exists
 * only on an H2 file database
 * @param scheduled whether the nightly job runs at all (default true; it never runs on PostgreSQL)
 */
@ConfigurationProperties("pelita.backup")
public record BackupSettings(@DefaultValue("./data/backups") Path directory, @DefaultValue("14") int keep,
		@DefaultValue("0 0 1 * * ?") String cron, @DefaultValue("true") boolean scheduled) {

	public BackupSettings {
		if (keep < 1) {
			throw new IllegalArgumentException("pelita.backup.keep must be at least 1: " + keep);
		}
		cron = RecurringJobs.validCron("pelita.backup.cron", cron);
	}

}
