package id.pelita.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresSupportTests {

    @Test
    void startsPostgresql17WithAUtf8Database() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThat(queryString(statement, "select version()")).contains("PostgreSQL 17");
            assertThat(queryString(statement, "select current_database()")).isEqualTo("pelita");
            assertThat(queryString(statement, "show server_encoding")).isEqualTo("UTF8");
        }
    }

    @Test
    void storesAndQueriesRows() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create temporary table course (id serial primary key, title text not null)");
            statement.execute("insert into course (title) values ('Etika Aparatur Sipil Negara'), ('Kepemimpinan')");

            assertThat(queryString(statement, "select count(*) from course")).isEqualTo("2");
            assertThat(queryString(statement, "select upper(title) from course where id = 2")).isEqualTo("KEPEMIMPINAN");
            assertThat(queryString(statement, "select upper('Café Ñusantara')")).isEqualTo("CAFÉ ÑUSANTARA");
        }
    }

    @Test
    void reusesOneServerPerJvm() {
        assertThat(EmbeddedPostgresSupport.instance()).isSameAs(EmbeddedPostgresSupport.instance());
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(EmbeddedPostgresSupport.jdbcUrl(), EmbeddedPostgresSupport.username(),
                EmbeddedPostgresSupport.password());
    }

    private static String queryString(Statement statement, String sql) throws SQLException {
        try (ResultSet resultSet = statement.executeQuery(sql)) {
            assertThat(resultSet.next()).isTrue();
            return resultSet.getString(1);
        }
    }
}
