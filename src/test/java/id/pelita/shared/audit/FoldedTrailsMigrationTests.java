package id.pelita.shared.audit;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import id.pelita.support.EmbeddedPostgresSupport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V80 and V81 move the enrolments' trail ({@code enrolment_audit}), the hand-made completions
 * ({@code learning_completion_audit}) and the certificates' trail ({@code certificate_audit}) into {@code audit_log}
 * and drop the old tables; on H2 and on PostgreSQL, from a database migrated up to V77 with rows in them (a reason
 * with quotes, a backslash and a line break stays valid JSON).
 */
class FoldedTrailsMigrationTests {

	private static final String REASON = "Kata \"resmi\"\\ baris\nkedua";

	private static final String REASON_JSON = "Kata \\\"resmi\\\"\\\\ baris\\nkedua";

	@Test
	void theOldTrailsBecomeAuditEntriesOnH2() {
		// one connection throughout: with a new connection per statement, H2 2.4 failed V67's check constraint
		// on the certificate insert ("the database has been closed")
		SingleConnectionDataSource h2 = new SingleConnectionDataSource("jdbc:h2:mem:migration-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", true);
		try {
			migrate(h2);
		}
		finally {
			h2.destroy();
		}
	}

	@Test
	void theOldTrailsBecomeAuditEntriesOnPostgres() throws Exception {
		String database = "pelita_folded_" + System.nanoTime();
		try (Connection connection = EmbeddedPostgresSupport.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database + " encoding 'UTF8'");
		}
		migrate(new DriverManagerDataSource(EmbeddedPostgresSupport.jdbcUrl()
			.replace("/" + EmbeddedPostgresSupport.DATABASE, "/" + database), EmbeddedPostgresSupport.username(),
				EmbeddedPostgresSupport.password()));
	}

	private static void migrate(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("77").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into agency (id, code, name, kind, created_at) values (500, '36.99', 'Dinas Uji', 'OPD', "
				+ "current_timestamp)");
		jdbc.update("insert into account (id, username, full_name, agency_id, status, created_at, updated_at) values "
				+ "(900, 'pegawai', 'Pegawai Uji', 500, 'ACTIVE', current_timestamp, current_timestamp), "
				+ "(901, 'penyelenggara-uji', 'Penyelenggara Uji', null, 'ACTIVE', current_timestamp, "
				+ "current_timestamp)");
		jdbc.update("insert into course (id, code, title, description, competency_type, category, jp, learning_mode, "
				+ "target_audience, pass_mark, attendance_threshold, certificate_template, created_at) values (700, "
				+ "'UJI-1', 'Pelatihan Uji', 'Uji', 'TECHNICAL', 'Uji', 10, 'ONLINE', 'Semua', 70, 80, 'default', "
				+ "current_timestamp)");
		jdbc.update("insert into course_run (id, course_id, name, run_month, registration_opens_at, "
				+ "registration_closes_at, starts_on, ends_on, seats, enrolment_mode, status, created_at, updated_at) "
				+ "values (710, 700, 'Angkatan Uji', date '2026-01-01', current_timestamp, current_timestamp, "
				+ "date '2026-01-05', date '2026-01-09', 30, 'OPEN', 'OPEN', current_timestamp, current_timestamp)");
		jdbc.update("insert into enrolment (id, run_id, account_id, agency_id, status, source, created_at, updated_at) "
				+ "values (720, 710, 900, 500, 'CONFIRMED', 'ORGANISER', current_timestamp, current_timestamp)");
		jdbc.update("insert into enrolment_audit (enrolment_id, run_id, account_id, action, actor_account_id, reason, "
				+ "created_at) values (720, 710, 900, 'ADDED', 901, ?, timestamp with time zone "
				+ "'2026-01-02 03:04:05+00'), (720, 710, 900, 'APPROVED', 901, null, current_timestamp)", REASON);
		jdbc.update("insert into learning_completion_audit (run_id, account_id, action, actor_account_id, reason, "
				+ "created_at) values (710, 900, 'REVOKED', 901, ?, current_timestamp)", REASON);
		jdbc.update("insert into certificate (id, run_id, account_id, version, number, code, status, issued_at, "
				+ "completed_at, holder_name, holder_agency_id, course_title, course_code, run_name, starts_on, ends_on, "
				+ "jp, jp_year, template, issuer, issue_place, official_name, official_title) values (730, 710, 900, "
				+ "1, '001/UJI/I/2026', 'K7M2Q9XHT4BW3RP', 'REVOKED', current_timestamp, current_timestamp, "
				+ "'Pegawai Uji', 500, 'Pelatihan Uji', 'UJI-1', 'Angkatan Uji', date '2026-01-05', "
				+ "date '2026-01-09', 10, 2026, 'default', 'BPSDM', 'Serang', 'Kepala', 'Kepala Badan')");
		jdbc.update("insert into certificate_audit (certificate_id, action, actor_id, reason, at) values "
				+ "(730, 'ISSUED', null, null, current_timestamp), (730, 'REVOKED', 901, ?, current_timestamp)",
				REASON);

		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

		List<Map<String, Object>> entries = jdbc.queryForList("select * from audit_log order by id");
		assertThat(entries).extracting(entry -> entry.get("action"))
			.containsExactly("ENROLMENT_ADDED", "ENROLMENT_APPROVED", "COMPLETION_REVOKED", "CERTIFICATE_ISSUED",
					"CERTIFICATE_REVOKED");
		assertThat(entries.get(0)).containsEntry("object_type", "RUN")
			.containsEntry("object_id", "710")
			.containsEntry("actor_username", "penyelenggara-uji")
			.containsEntry("actor_name", "Penyelenggara Uji")
			.containsEntry("after_json", "{\"enrolmentId\":720,\"reason\":\"" + REASON_JSON + "\"}");
		assertThat(((Number) entries.get(0).get("subject_account_id")).longValue()).isEqualTo(900);
		assertThat(((Number) entries.get(0).get("subject_agency_id")).longValue()).isEqualTo(500);
		assertThat(entries.get(1)).containsEntry("after_json", "{\"enrolmentId\":720}");
		assertThat(entries.get(2)).containsEntry("object_type", "RUN")
			.containsEntry("before_json", "{\"completion\":\"COMPLETED\"}")
			.containsEntry("after_json", "{\"completion\":\"REVOKED\",\"reason\":\"" + REASON_JSON + "\"}");
		assertThat(entries.get(3)).containsEntry("object_type", "CERTIFICATE")
			.containsEntry("object_id", "730")
			.containsEntry("actor_username", "system")
			.containsEntry("after_json", "{\"number\":\"001/UJI/I/2026\"}");
		assertThat(entries.get(4)).containsEntry("after_json",
				"{\"number\":\"001/UJI/I/2026\",\"status\":\"REVOKED\",\"reason\":\"" + REASON_JSON + "\"}");
		assertThat(((Number) entries.get(4).get("subject_agency_id")).longValue()).isEqualTo(500);
		assertThat(jdbc.queryForList("select table_name from information_schema.tables where lower(table_name) in "
				+ "('enrolment_audit', 'learning_completion_audit', 'certificate_audit')"))
			.as("the old tables are gone")
			.isEmpty();
	}

}
