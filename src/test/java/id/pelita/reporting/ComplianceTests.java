package id.pelita.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A year of hand-computed ledger data: exactly 20 JP, a 31 Dec / 1 Jan pair decided by jp_year, a voided entry, an
 * employee in a sub-unit and one of another agency who must not count. H2 and PostgreSQL subclasses.
 */
abstract class ComplianceTests {

	private static final AtomicLong SOURCES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	@Autowired
	ApplicationContext context;

	@Autowired
	ComplianceService compliance;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyFigureMatchesTheHandComputedYear() {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		long root = agency(null);
		long unit = agency(root);
		long other = agency(null);
		PersonRef exactly20 = fixtures.employee(root);
		PersonRef nineAndAHalf = fixtures.employee(root);
		PersonRef nothing = fixtures.employee(unit);
		PersonRef fifteen = fixtures.employee(unit);
		PersonRef outsider = fixtures.employee(other);
		// coordinators are employees of their agency too, with 0 JP
		var rootCoordinator = fixtures.coordinator(root);
		var unitCoordinator = fixtures.coordinator(unit);
		var otherCoordinator = fixtures.coordinator(other);
		credit(exactly20, 2026, "12", false);
		credit(exactly20, 2026, "8", false);
		credit(nineAndAHalf, 2026, "9.5", false);
		credit(nineAndAHalf, 2026, "10", true);
		credit(nineAndAHalf, 2027, "6", false);
		credit(nothing, 2025, "24", false);
		credit(fifteen, 2026, "15", false);
		credit(outsider, 2026, "30", false);

		ComplianceSummary summary = fixtures.as(rootCoordinator,
				() -> this.compliance.summary(root, 2026));
		assertThat(summary.employees()).isEqualTo(6);
		assertThat(summary.reached()).isEqualTo(1);
		assertThat(summary.zero()).isEqualTo(3);
		assertThat(summary.below10()).isEqualTo(1);
		assertThat(summary.below20()).isEqualTo(1);
		assertThat(summary.percentReached()).isEqualTo(16.7);

		ComplianceSummary unitOnly = fixtures.as(unitCoordinator,
				() -> this.compliance.summary(unit, 2026));
		assertThat(unitOnly.employees()).isEqualTo(3);
		assertThat(unitOnly.reached()).isZero();
		assertThatThrownBy(() -> fixtures.as(unitCoordinator, () -> this.compliance.summary(root, 2026)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> fixtures.as(otherCoordinator, () -> this.compliance.summary(root, 2026)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long agency(Long parent) {
		String code = "CMP-" + SOURCES.incrementAndGet();
		this.jdbc.update("insert into agency (code, name, kind, parent_id, created_at) values (?, ?, ?, ?, ?)", code,
				"Dinas " + code, parent == null ? "PROVINCE" : "UNIT", parent, Timestamp.from(Instant.now()));
		return this.jdbc.queryForObject("select id from agency where code = ?", Long.class, code);
	}

	private void credit(PersonRef person, int year, String jp, boolean voided) {
		Timestamp at = Timestamp.from(Instant.now());
		this.jdbc.update("""
				insert into jp_ledger_entry (account_id, jp_year, jp, source_type, source_id, recorded_at, voided_at,
				    void_reason) values (?, ?, ?, 'CERTIFICATE', ?, ?, ?, ?)""", person.accountId(), year,
				new BigDecimal(jp), SOURCES.incrementAndGet(), at, voided ? at : null, voided ? "REVOKED" : null);
	}

}
