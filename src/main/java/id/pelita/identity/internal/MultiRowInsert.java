package id.pelita.identity.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with multi-row {@code insert ... values (...), (...)} statements, a few hundred rows each:
 * one statement per chunk for the database to parse and run instead of one per row, on H2 and PostgreSQL alike
 * (PostgreSQL's driver only does this itself with {@code reWriteBatchedInserts}).
 */
final class MultiRowInsert {

	private static final int ROWS_PER_STATEMENT = 200;

	private MultiRowInsert() {
	}

	/** Binds one row's values, starting at parameter {@code first}. */
	@FunctionalInterface
	interface Binder<T> {

		void bind(PreparedStatement statement, int first, T row) throws SQLException;

	}

	static <T> void insert(JdbcTemplate jdbc, String table, List<String> columns, List<T> rows, Binder<T> binder) {
		String tuple = "(" + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
		String prefix = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
			String sql = prefix + String.join(", ", Collections.nCopies(chunk.size(), tuple));
			jdbc.update(sql, statement -> {
				int parameter = 1;
				for (T row : chunk) {
					binder.bind(statement, parameter, row);
					parameter += columns.size();
				}
			});
		}
	}

}
