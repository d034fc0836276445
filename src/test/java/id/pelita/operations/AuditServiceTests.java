package id.pelita.operations;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.pelita.identity.AgencyDirectory;
import id.pelita.identity.AgencyDirectory.AgencyRef;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.audit.AuditRecord;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.time.IndonesianTime;
import id.pelita.support.H2Test;
import id.pelita.support.SignIn;
import id.pelita.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Who reads which audit entries: administrators all, coordinators their agency's; filters and the export. */
@H2Test
class AuditServiceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditService audit;

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	JdbcTemplate jdbc;

	String actor;

	@BeforeEach
	void entries() {
		this.actor = TestData.username("pelaku");
		Map<String, Long> ids = this.agencies.all().stream().collect(Collectors.toMap(AgencyRef::code, AgencyRef::id));
		Instant now = Instant.now();
		insert(now.minusSeconds(3), "serang", ids.get("36.04"));
		insert(now.minusSeconds(2), "serang-opd", ids.get("36.04.01"));
		insert(now.minusSeconds(1), "pandeglang", ids.get("36.01"));
		insert(now, "no-agency", null);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void anAdministratorReadsEveryEntryNewestFirst() {
		SignIn.as(this.context, "admin");
		assertThat(objects(filter(null, null))).containsExactly("no-agency", "pandeglang", "serang-opd", "serang");
	}

	@Test
	void aCoordinatorReadsOnlyTheEntriesAboutTheirAgencyAndItsUnits() {
		SignIn.as(this.context, "koordinator");
		assertThat(objects(filter(null, null))).containsExactly("serang-opd", "serang");
		String csv = new String(this.audit.export(filter(null, null), SpreadsheetFormat.CSV, Translations.INDONESIAN,
				IndonesianTime.DEFAULT_ZONE), StandardCharsets.UTF_8);
		assertThat(csv).contains("serang-opd", "Kabupaten Serang").doesNotContain("pandeglang", "no-agency");
	}

	@Test
	void participantsAndOrganisersReadNothing() {
		SignIn.as(this.context, "peserta");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> objects(filter(null, null)));
		SignIn.as(this.context, "penyelenggara");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> objects(filter(null, null)));
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefusedWithAMessage() {
		SignIn.as(this.context, "admin");
		LocalDate today = LocalDate.now(IndonesianTime.DEFAULT_ZONE);
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> objects(filter(today, today.minusDays(1))))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("audit.error.range"));
		assertThat(objects(filter(today.minusDays(1), today))).hasSize(4);
		assertThat(objects(filter(today.plusDays(1), today.plusDays(1)))).isEmpty();
	}

	private AuditFilter filter(LocalDate from, LocalDate to) {
		return new AuditFilter(this.actor, null, null, null, from, to);
	}

	private List<String> objects(AuditFilter filter) {
		return this.audit.entries(filter, null, 50, IndonesianTime.DEFAULT_ZONE)
			.stream()
			.map(AuditRecord::objectId)
			.toList();
	}

	private void insert(Instant at, String objectId, Long agencyId) {
		this.jdbc.update("""
				insert into audit_log (occurred_at, actor_username, action, object_type, object_id, subject_agency_id)
				values (?, ?, 'EMPLOYEE_CHANGED', 'EMPLOYEE', ?, ?)""", Timestamp.from(at), this.actor, objectId,
				agencyId);
	}

}
