package id.pelita.operations;

import java.time.Period;

import id.pelita.shared.scheduling.RecurringJobs;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the audit log, under {@code pelita.audit}.
 *
 * @param retention how long entries are kept (default {@code P2Y}, two years); older ones are pruned
 * @param pruneCron when the retention job runs (Quartz cron read in WIB, default 02:30 every night)
 */
@ConfigurationProperties("pelita.audit")
public record AuditSettings(@Nullable Period retention, @Nullable String pruneCron) {

	public AuditSettings {
		retention = retention != null ? retention : Period.ofYears(2);
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("pelita.audit.retention must be a positive period: " + retention);
		}
		pruneCron = RecurringJobs.validCron("pelita.audit.prune-cron", pruneCron != null ? pruneCron : "0 30 2 * * ?");
	}

}
