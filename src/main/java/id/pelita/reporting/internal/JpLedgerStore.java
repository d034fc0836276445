package id.pelita.reporting.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pelita.reporting.JpEntry;
import id.pelita.reporting.JpEntry.VoidReason;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The JP ledger's table ({@code jp_ledger_entry}), in plain SQL. One row per source and account, made unique by the
 * database, so a credit written twice counts once; rows are voided, never deleted.
 */
@Repository
public class JpLedgerStore {

	private static final int CHUNK = 1000;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	JpLedgerStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Credits JP to an employee for a year; a second credit of the same source changes nothing. */
	public boolean credit(long accountId, int year, BigDecimal jp, String sourceType, long sourceId,
			@Nullable String description, Instant at) {
		return this.jdbc.update("""
				insert into jp_ledger_entry (account_id, jp_year, jp, source_type, source_id, description, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", accountId, year, jp, sourceType, sourceId,
				description, Timestamp.from(at)) > 0;
	}

	/**
	 * Records a source as voided before its credit arrived, so that the credit, when it comes, changes nothing. Does
	 * nothing when the source has its row already.
	 */
	public void voidAhead(long accountId, int year, BigDecimal jp, String sourceType, long sourceId,
			@Nullable String description, VoidReason reason, Instant at) {
		this.jdbc.update("""
				insert into jp_ledger_entry (account_id, jp_year, jp, source_type, source_id, description, recorded_at,
				    voided_at, void_reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", accountId, year, jp, sourceType,
				sourceId, description, Timestamp.from(at), Timestamp.from(at), reason.name());
	}

	/** Voids the source's entry if it still counts; returns whether it did. */
	public boolean voidEntry(long accountId, String sourceType, long sourceId, VoidReason reason, Instant at) {
		return this.jdbc.update("""
				update jp_ledger_entry set voided_at = ?, void_reason = ?
				where source_type = ? and source_id = ? and account_id = ? and voided_at is null""",
				Timestamp.from(at), reason.name(), sourceType, sourceId, accountId) > 0;
	}

	/** JP counted in the year per account; accounts without any are left out. */
	public Map<Long, BigDecimal> totals(int year, Collection<Long> accountIds) {
		Map<Long, BigDecimal> totals = new HashMap<>();
		List<Long> ids = new ArrayList<>(accountIds);
		for (int i = 0; i < ids.size(); i += CHUNK) {
			this.named.query("""
					select account_id, sum(jp) from jp_ledger_entry
					where jp_year = :year and account_id in (:ids) and voided_at is null
					group by account_id""",
					new MapSqlParameterSource("year", year).addValue("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))),
					rs -> {
						totals.put(rs.getLong(1), rs.getBigDecimal(2));
					});
		}
		return totals;
	}

	/** The account's entries of the year, voided ones included, oldest first. */
	public List<JpEntry> entries(long accountId, int year) {
		return this.jdbc.query("""
				select id, account_id, jp_year, jp, source_type, source_id, description, recorded_at, voided_at,
				    void_reason
				from jp_ledger_entry where account_id = ? and jp_year = ? order by recorded_at, id""",
				(rs, row) -> entry(rs), accountId, year);
	}

	private static JpEntry entry(ResultSet rs) throws SQLException {
		Timestamp voidedAt = rs.getTimestamp("voided_at");
		String reason = rs.getString("void_reason");
		return new JpEntry(rs.getLong("id"), rs.getLong("account_id"), rs.getInt("jp_year"), rs.getBigDecimal("jp"),
				rs.getString("source_type"), rs.getLong("source_id"), rs.getString("description"),
				rs.getTimestamp("recorded_at").toInstant(), voidedAt == null ? null : voidedAt.toInstant(),
				reason == null ? null : VoidReason.valueOf(reason));
	}

}
