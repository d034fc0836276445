package id.pelita.operations;

import java.time.Period;

import id.pelita.shared.scheduling.RecurringJobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit log, under {@code pelita.audit}.
 *
 * @param retention how long entries are kept (default {@code P2Y}, two years); older ones are pruned
 * @param pruneCron when the retention job runs (Quartz cron read in WIB, default 02:30 every night)
 */
@ConfigurationProperties("pelita.audit")
public record AuditSettings(@DefaultValue("P2Y") Period retention, @DefaultValue("0 30 2 * * ?") String pruneCron) {

	public AuditSettings {
		if (retention == null || retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("pelita.audit.retention must be a positive period: " + retention);
		}
		pruneCron = RecurringJobs.validCron("pelita.audit.prune-cron", pruneCron);
	}

}
