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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V77 moves the e-mail changes of {@code account_email_audit} into {@code audit_log} (one log, not two) and drops
 * the old table; on H2 and on PostgreSQL, from a database migrated up to V76 with rows in the old table.
 */
class EmailAuditMigrationTests {

	@Test
	void emailChangesBecomeAuditEntriesOnH2() {
		migrate(new DriverManagerDataSource("jdbc:h2:mem:migration-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""));
	}

	@Test
	void emailChangesBecomeAuditEntriesOnPostgres() throws Exception {
		String database = "pelita_migration_" + System.nanoTime();
		try (Connection connection = EmbeddedPostgresSupport.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + database + " encoding 'UTF8'");
		}
		migrate(new DriverManagerDataSource(EmbeddedPostgresSupport.jdbcUrl()
			.replace("/" + EmbeddedPostgresSupport.DATABASE, "/" + database), EmbeddedPostgresSupport.username(),
				EmbeddedPostgresSupport.password()));
	}

	private static void migrate(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("76").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into agency (id, code, name, kind, created_at) values (500, '36.99', 'Dinas Uji', 'OPD', "
				+ "current_timestamp)");
		jdbc.update("insert into account (id, username, full_name, agency_id, status, created_at, updated_at) values "
				+ "(900, 'pegawai', 'Pegawai Uji', 500, 'ACTIVE', current_timestamp, current_timestamp), "
				+ "(901, 'koordinator', 'Koordinator Uji', 500, 'ACTIVE', current_timestamp, current_timestamp)");
		jdbc.update("insert into account_email_audit (account_id, old_email, new_email, actor_account_id, actor_name, "
				+ "via, created_at) values (900, null, 'a\"b@example.go.id', 901, 'koordinator', 'ROSTER', "
				+ "timestamp with time zone '2026-01-02 03:04:05+00'), (900, 'a\"b@example.go.id', null, 901, "
				+ "'api-token-7', 'ROSTER', current_timestamp), (900, null, 'sendiri@example.go.id', 900, 'pegawai', "
				+ "'PROFILE', current_timestamp)");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		List<Map<String, Object>> entries = jdbc.queryForList("select * from audit_log order by id");
		assertThat(entries).hasSize(3);
		assertThat(entries.get(0)).containsEntry("action", "EMPLOYEE_CHANGED")
			.containsEntry("object_type", "EMPLOYEE")
			.containsEntry("object_id", "900")
			.containsEntry("actor_username", "koordinator")
			.containsEntry("actor_name", "Koordinator Uji")
			.containsEntry("before_json", "{\"email\":null}")
			.containsEntry("after_json", "{\"email\":\"a\\\"b@example.go.id\"}");
		assertThat(((Number) entries.get(0).get("subject_agency_id")).longValue()).isEqualTo(500);
		assertThat(((Number) entries.get(1).get("api_token_id")).longValue()).isEqualTo(7);
		assertThat(((Number) entries.get(1).get("on_behalf_agency_id")).longValue()).isEqualTo(500);
		assertThat(entries.get(2)).containsEntry("action", "PROFILE_CHANGED").containsEntry("object_type", "ACCOUNT");
		assertThat(jdbc.queryForList("select table_name from information_schema.tables "
				+ "where lower(table_name) = 'account_email_audit'")).as("the old table is gone").isEmpty();
	}

}
