package id.pelita.shared.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The audit log's writer and reader on a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class AuditLogTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditLog log;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void anEntryCannotBeWrittenOutsideTheTransactionOfAnAction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.log.record(AuditEntry.of(AuditAction.AGENCY_CREATED, AuditObject.AGENCY, 1)));
	}

	@Test
	void anEntryIsRolledBackWithItsActionAndTheActionWithItsEntry() {
		String code = "T" + TestData.username("a").substring(2, 12);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.jdbc.update("insert into agency (code, name, kind, created_at) values (?, ?, 'OPD', ?)", code,
					"Dinas Uji", Timestamp.from(Instant.now()));
			this.log.record(AuditEntry.of(AuditAction.AGENCY_CREATED, AuditObject.AGENCY, code));
			throw new IllegalStateException("the action fails after its entry was written");
		}));
		assertThat(this.jdbc.queryForObject("select count(*) from agency where code = ?", Long.class, code)).isZero();
		assertThat(entries(code)).as("no entry without its action").isZero();

		AuditActor unwritable = new AuditActor(null, "x".repeat(150), null, null, null, null);
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.jdbc.update("insert into agency (code, name, kind, created_at) values (?, ?, 'OPD', ?)", code,
					"Dinas Uji", Timestamp.from(Instant.now()));
			this.log.record(unwritable, AuditEntry.of(AuditAction.AGENCY_CREATED, AuditObject.AGENCY, code));
		}));
		assertThat(this.jdbc.queryForObject("select count(*) from agency where code = ?", Long.class, code))
			.as("no action without its entry")
			.isZero();
	}

	@Test
	void theEntryNamesTheSignedInActorAndTheChangedFieldsOnly() {
		SignIn.as(this.context, "koordinator");
		String objectId = TestData.username("obj");
		this.transactions.executeWithoutResult(status -> this.log.record(AuditEntry
			.of(AuditAction.EMPLOYEE_CHANGED, AuditObject.EMPLOYEE, objectId)
			.about(42L, 7L)
			.changes(Map.of("fullName", "Sri", "email", "a@example.go.id"),
					Map.of("fullName", "Sri", "email", "b@example.go.id"))));
		AuditRecord entry = this.trail.page(new AuditQuery(null, null, AuditObject.EMPLOYEE, objectId, null, null, null),
				null, 10).getFirst();
		assertThat(entry.actorUsername()).isEqualTo("koordinator");
		assertThat(entry.actorAccountId()).isNotNull();
		assertThat(entry.actorRoles()).contains("AGENCY_COORDINATOR");
		assertThat(entry.onBehalfAgencyId()).as("the coordinator's agency").isNotNull();
		assertThat(entry.subjectAccountId()).isEqualTo(42L);
		assertThat(entry.subjectAgencyId()).isEqualTo(7L);
		assertThat(entry.beforeJson()).isEqualTo("{\"email\":\"a@example.go.id\"}");
		assertThat(entry.afterJson()).isEqualTo("{\"email\":\"b@example.go.id\"}");
	}

	@Test
	void aJobActsAsTheSystem() throws InterruptedException {
		String objectId = TestData.username("job");
		// a thread of its own, as a Quartz worker: no signed-in user, no request
		Thread job = new Thread(
				() -> this.log.recordOnItsOwn(AuditEntry.of(AuditAction.AUDIT_PRUNED, AuditObject.AUDIT_LOG, objectId)));
		job.start();
		job.join();
		AuditRecord entry = this.trail.page(new AuditQuery(null, null, null, objectId, null, null, null), null, 1)
			.getFirst();
		assertThat(entry.actorUsername()).isEqualTo(AuditActor.SYSTEM);
		assertThat(entry.actorAccountId()).isNull();
		assertThat(entry.address()).isNull();
	}

	@Test
	void pagesGoNewestFirstByKeysetWithoutGapsOrRepeatsAlsoWithinOneInstant() {
		String actor = TestData.username("pager");
		Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (int i = 0; i < 25; i++) {
			// five entries share each instant: the id breaks the tie
			insert(actor, base.minusSeconds(i / 5), "A" + i, 9_000_001L + (i % 2));
		}
		AuditQuery query = new AuditQuery(actor, null, null, null, null, null, null);
		List<String> seen = new ArrayList<>();
		AuditCursor cursor = null;
		List<AuditRecord> page;
		do {
			page = this.trail.page(query, cursor, 7);
			page.forEach(entry -> seen.add(entry.objectId()));
			cursor = page.isEmpty() ? cursor : page.getLast().cursor();
		}
		while (page.size() == 7);
		assertThat(seen).hasSize(25).doesNotHaveDuplicates();
		List<AuditRecord> all = this.trail.page(query, null, 100);
		assertThat(all).extracting(AuditRecord::occurredAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(all.stream().map(AuditRecord::objectId).toList()).isEqualTo(seen);
		assertThat(this.trail.page(query.within(Set.of(9_000_002L)), null, 100)).hasSize(12);
		assertThat(this.trail.page(query.within(Set.of()), null, 100)).isEmpty();
		assertThat(this.trail.page(new AuditQuery(actor, null, null, null, base.minusSeconds(1), base, null), null, 100))
			.as("from inclusive, to exclusive").hasSize(5);
	}

	@Test
	void pruningDeletesOnlyEntriesOlderThanTheCutoff() {
		String actor = TestData.username("prune");
		Instant cutoff = Instant.parse("2001-06-01T00:00:00Z");
		insert(actor, cutoff.minusSeconds(1), "old-1", null);
		insert(actor, cutoff.minus(400, ChronoUnit.DAYS), "old-2", null);
		insert(actor, cutoff, "kept-1", null);
		insert(actor, cutoff.plusSeconds(1), "kept-2", null);
		int deleted = 0;
		int batch;
		do {
			batch = this.trail.pruneBefore(cutoff, 1);
			deleted += batch;
		}
		while (batch == 1);
		assertThat(deleted).isEqualTo(2);
		assertThat(this.trail.page(new AuditQuery(actor, null, null, null, null, null, null), null, 10))
			.extracting(AuditRecord::objectId)
			.containsExactly("kept-2", "kept-1");
	}

	private void insert(String actor, Instant at, String objectId, Long agencyId) {
		this.jdbc.update("""
				insert into audit_log (occurred_at, actor_username, action, object_type, object_id, subject_agency_id)
				values (?, ?, 'SIGN_IN', 'ACCOUNT', ?, ?)""", Timestamp.from(at), actor, objectId, agencyId);
	}

	private long entries(String objectId) {
		return this.jdbc.queryForObject("select count(*) from audit_log where object_id = ?", Long.class, objectId);
	}

}
