package id.pelita.shared.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log newest first, a page at a time by keyset (the entries older than the last one shown, never
 * an offset), and prunes entries older than the retention. Callers check who may read what: this class reads
 * whatever {@link AuditQuery} says. The pruning is the only delete of the log in the application.
 */
@Component
public class AuditTrail {

	/** The most entries one page returns. */
	public static final int MAX_PAGE = 500;

	private static final String COLUMNS = """
			id, occurred_at, actor_account_id, actor_username, actor_name, actor_roles, on_behalf_agency_id,
			api_token_id, action, object_type, object_id, subject_account_id, subject_agency_id, before_json,
			after_json, address, user_agent""";

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code size} entries matching the query, newest first, strictly older than {@code after} if given. */
	@Transactional(readOnly = true)
	public List<AuditRecord> page(AuditQuery query, @Nullable AuditCursor after, int size) {
		if (query.agencies() != null && query.agencies().isEmpty()) {
			return List.of();
		}
		int limit = Math.max(1, Math.min(MAX_PAGE, size));
		Map<String, Object> parameters = new LinkedHashMap<>();
		StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from audit_log where 1 = 1");
		where(query, parameters, sql);
		if (after != null) {
			sql.append(" and occurred_at <= :cursorAt and (occurred_at < :cursorAt or id < :cursorId)");
			parameters.put("cursorAt", Timestamp.from(after.occurredAt()));
			parameters.put("cursorId", after.id());
		}
		sql.append(" order by occurred_at desc, id desc fetch first ").append(limit).append(" rows only");
		return this.jdbc.sql(sql.toString()).params(parameters).query(AuditTrail::row).list();
	}

	/** Hands every entry matching the query to {@code consumer}, newest first, up to {@code max}; the count handed. */
	@Transactional(readOnly = true)
	public int forEach(AuditQuery query, int max, Consumer<AuditRecord> consumer) {
		int handed = 0;
		AuditCursor cursor = null;
		while (handed < max) {
			int wanted = Math.min(MAX_PAGE, max - handed);
			List<AuditRecord> page = page(query, cursor, wanted);
			page.forEach(consumer);
			handed += page.size();
			if (page.size() < wanted) {
				break;
			}
			cursor = page.getLast().cursor();
		}
		return handed;
	}

	/** Deletes up to {@code batch} of the entries that occurred before {@code cutoff}; how many it deleted. */
	@Transactional
	public int pruneBefore(Instant cutoff, int batch) {
		return this.jdbc.sql("""
				delete from audit_log where id in (
				    select id from audit_log where occurred_at < :cutoff order by occurred_at, id
				    fetch first %d rows only)""".formatted(Math.max(1, batch)))
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	private static void where(AuditQuery query, Map<String, Object> parameters, StringBuilder sql) {
		if (query.actor() != null) {
			sql.append(" and actor_username = :actor");
			parameters.put("actor", query.actor());
		}
		if (query.action() != null) {
			sql.append(" and action = :action");
			parameters.put("action", query.action().name());
		}
		if (query.objectType() != null) {
			sql.append(" and object_type = :objectType");
			parameters.put("objectType", query.objectType().name());
		}
		if (query.objectId() != null) {
			sql.append(" and object_id = :objectId");
			parameters.put("objectId", query.objectId());
		}
		if (query.from() != null) {
			sql.append(" and occurred_at >= :from");
			parameters.put("from", Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			sql.append(" and occurred_at < :to");
			parameters.put("to", Timestamp.from(query.to()));
		}
		if (query.agencies() != null) {
			sql.append(" and subject_agency_id in (:agencies)");
			parameters.put("agencies", new ArrayList<>(query.agencies()));
		}
	}

	private static AuditRecord row(ResultSet rs, int rowNum) throws SQLException {
		return new AuditRecord(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				nullableLong(rs, "actor_account_id"), rs.getString("actor_username"), rs.getString("actor_name"),
				rs.getString("actor_roles"), nullableLong(rs, "on_behalf_agency_id"), nullableLong(rs, "api_token_id"),
				rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
				nullableLong(rs, "subject_account_id"), nullableLong(rs, "subject_agency_id"),
				rs.getString("before_json"), rs.getString("after_json"), rs.getString("address"),
				rs.getString("user_agent"));
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
