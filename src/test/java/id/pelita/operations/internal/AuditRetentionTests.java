package id.pelita.operations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import id.pelita.operations.AuditSettings;
import id.pelita.shared.audit.AuditAction;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.audit.AuditQuery;
import id.pelita.shared.audit.AuditTrail;
import id.pelita.support.H2Test;
import id.pelita.support.TestData;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention of the audit log: the job is scheduled, and a prune deletes only what is older than it. */
@H2Test
class AuditRetentionTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditLog log;

	@Autowired
	AuditSettings settings;

	@Autowired
	Scheduler scheduler;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDefaultRetentionIsTwoYearsPrunedNightlyByAClusteredJob() throws SchedulerException {
		assertThat(this.settings.retention()).isEqualTo(Period.ofYears(2));
		JobKey job = JobKey.jobKey("audit-retention", "operations");
		assertThat(this.scheduler.checkExists(job)).isTrue();
		assertThat(this.scheduler.getTrigger(TriggerKey.triggerKey("audit-retention", "operations"))).isNotNull();
	}

	@Test
	void aPruneDeletesOnlyEntriesOlderThanTheRetentionAndRecordsItself() {
		Instant now = Instant.parse("2003-03-01T00:00:00Z");
		Instant cutoff = now.atZone(ZoneOffset.UTC).minusYears(2).toInstant();
		String actor = TestData.username("lama");
		insert(actor, cutoff.minus(1, ChronoUnit.DAYS), "old");
		insert(actor, cutoff.minusSeconds(1), "just-too-old");
		insert(actor, cutoff, "exactly-two-years");
		insert(actor, cutoff.plusSeconds(60), "young");
		AuditSettings twoYears = new AuditSettings(Period.ofYears(2), "0 30 2 * * ?");
		AuditRetention retention = new AuditRetention(this.trail, this.log, twoYears, Clock.fixed(now, ZoneOffset.UTC));
		assertThat(retention.prune()).isEqualTo(2);
		assertThat(this.trail.page(new AuditQuery(actor, null, null, null, null, null, null), null, 10))
			.extracting(entry -> entry.objectId())
			.containsExactly("young", "exactly-two-years");
		assertThat(this.trail.page(new AuditQuery("system", AuditAction.AUDIT_PRUNED, null, null, null, null, null), null,
				10)).anySatisfy(entry -> assertThat(entry.afterJson()).contains("\"deleted\":2", "P2Y"));
		assertThat(retention.prune()).as("nothing left to prune").isZero();
	}

	private void insert(String actor, Instant at, String objectId) {
		this.jdbc.update("""
				insert into audit_log (occurred_at, actor_username, action, object_type, object_id)
				values (?, ?, 'SIGN_IN', 'ACCOUNT', ?)""", Timestamp.from(at), actor, objectId);
	}

}
