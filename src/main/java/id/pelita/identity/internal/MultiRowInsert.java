package id.pelita.identity.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

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
		insert(jdbc, table, columns, rows, binder, List.of());
	}

	/**
	 * Inserts the rows and returns the values of {@code returned} columns (such as the generated id next to a
	 * natural key) of every inserted row, as lower-case column names to values.
	 */
	static <T> List<Map<String, Object>> insert(JdbcTemplate jdbc, String table, List<String> columns, List<T> rows,
			Binder<T> binder, List<String> returned) {
		String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
		String prefix = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
		List<Map<String, Object>> keys = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
			String sql = prefix + String.join(", ", Collections.nCopies(chunk.size(), tuple));
			GeneratedKeyHolder holder = new GeneratedKeyHolder();
			jdbc.update(connection -> {
				PreparedStatement statement = returned.isEmpty() ? connection.prepareStatement(sql)
						: connection.prepareStatement(sql, returned.toArray(String[]::new));
				int parameter = 1;
				for (T row : chunk) {
					binder.bind(statement, parameter, row);
					parameter += columns.size();
				}
				return statement;
			}, holder);
			if (!returned.isEmpty()) {
				for (Map<String, Object> key : holder.getKeyList()) {
					Map<String, Object> lower = new HashMap<>();
					key.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
					keys.add(lower);
				}
			}
		}
		return keys;
	}

}
