package id.pelita.operations.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import id.pelita.operations.AuditSettings;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditObject;
import id.pelita.shared.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Deletes the audit entries older than {@code pelita.audit.retention}, in batches of {@link #BATCH} (each its own
 * transaction, so a prune of millions holds no long lock), and records the prune itself in the log.
 */
@Component
public class AuditRetention {

	static final int BATCH = 10_000;

	private final AuditTrail trail;

	private final AuditLog log;

	private final AuditSettings settings;

	private final Clock clock;

	AuditRetention(AuditTrail trail, AuditLog log, AuditSettings settings, Clock clock) {
		this.trail = trail;
		this.log = log;
		this.settings = settings;
		this.clock = clock;
	}

	/** Prunes what is older than the retention; how many entries it deleted. */
	public int prune() {
		Instant cutoff = this.clock.instant().atZone(ZoneOffset.UTC).minus(this.settings.retention()).toInstant();
		int deleted = 0;
		int batch;
		do {
			batch = this.trail.pruneBefore(cutoff, BATCH);
			deleted += batch;
		}
		while (batch == BATCH);
		if (deleted > 0) {
			Map<String, @Nullable Object> facts = new LinkedHashMap<>();
			facts.put("deleted", deleted);
			facts.put("olderThan", cutoff.toString());
			facts.put("retention", this.settings.retention().toString());
			this.log.recordOnItsOwn(AuditEntry.of(AuditAction.AUDIT_PRUNED, AuditObject.AUDIT_LOG, null).facts(facts));
		}
		return deleted;
	}

}
