package id.pelita.certificate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lesson hours (JP) each employee earned per year, credited once per source (an issued certificate). The
 * target is {@value #YEARLY_TARGET} JP a year. Facts, not rights: callers decide who may see whom.
 */
@Service
public class JpLedger {

	/** JP an employee must reach each year. */
	public static final int YEARLY_TARGET = 20;

	private static final int CHUNK = 1000;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	JpLedger(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.clock = clock;
	}

	/** Credits JP to an employee for a year; a second credit of the same source changes nothing. */
	@Transactional
	public boolean credit(long accountId, int year, BigDecimal jp, String sourceType, long sourceId,
			@Nullable String description) {
		return this.jdbc.update("""
				insert into jp_ledger (account_id, jp_year, jp, source_type, source_id, description, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", accountId, year, jp, sourceType, sourceId,
				description, Timestamp.from(this.clock.instant())) > 0;
	}

	/** JP earned in the year per account; accounts without any are left out (meaning 0). */
	@Transactional(readOnly = true)
	public Map<Long, BigDecimal> totals(int year, Collection<Long> accountIds) {
		Map<Long, BigDecimal> totals = new HashMap<>();
		List<Long> ids = new ArrayList<>(accountIds);
		for (int i = 0; i < ids.size(); i += CHUNK) {
			this.named.query("""
					select account_id, sum(jp) from jp_ledger where jp_year = :year and account_id in (:ids)
					group by account_id""",
					new MapSqlParameterSource("year", year).addValue("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))),
					rs -> {
						totals.put(rs.getLong(1), rs.getBigDecimal(2));
					});
		}
		return totals;
	}

}
