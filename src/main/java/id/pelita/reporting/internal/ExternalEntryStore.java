package id.pelita.reporting.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import id.pelita.reporting.AgencyExternalEntry;
import id.pelita.reporting.ExternalEntry;
import id.pelita.reporting.ExternalEntry.Status;
import id.pelita.reporting.ExternalEntryInput;
import id.pelita.reporting.ExternalTrainingType;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Trainings outside the platform ({@code jp_external_entry}) and their audit trail ({@code jp_external_audit}). */
@Repository
public class ExternalEntryStore {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	ExternalEntryStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Inserts a checked entry (every field present). */
	public long insert(long accountId, ExternalEntryInput input, int year, Status status, long actorId, Instant at,
			@Nullable Evidence evidence) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					insert into jp_external_entry (account_id, title, organiser, start_date, end_date, jp,
					    training_type, jp_year, status, recorded_by, recorded_at, evidence_path, evidence_name,
					    evidence_size)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			statement.setLong(1, accountId);
			statement.setString(2, input.title());
			statement.setString(3, input.organiser());
			statement.setDate(4, Date.valueOf(Objects.requireNonNull(input.startDate())));
			statement.setDate(5, Date.valueOf(Objects.requireNonNull(input.endDate())));
			statement.setBigDecimal(6, input.jp());
			statement.setString(7, Objects.requireNonNull(input.type()).name());
			statement.setInt(8, year);
			statement.setString(9, status.name());
			statement.setLong(10, actorId);
			statement.setTimestamp(11, Timestamp.from(at));
			statement.setString(12, evidence == null ? null : evidence.path());
			statement.setString(13, evidence == null ? null : evidence.name());
			if (evidence == null) {
				statement.setNull(14, Types.BIGINT);
			}
			else {
				statement.setLong(14, evidence.size());
			}
			return statement;
		}, keys);
		return Objects.requireNonNull(keys.getKey()).longValue();
	}

	/** Moves an entry from one status to another; false when it was not in the expected status any more. */
	public boolean changeStatus(long id, Status from, Status to, @Nullable String reason) {
		return this.jdbc.update("update jp_external_entry set status = ?, status_reason = ? where id = ? and status = ?",
				to.name(), reason, id, from.name()) > 0;
	}

	public void audit(long entryId, String action, long actorId, @Nullable String reason, Instant at) {
		this.jdbc.update("insert into jp_external_audit (entry_id, action, actor_id, reason, at) values (?, ?, ?, ?, ?)",
				entryId, action, actorId, reason, Timestamp.from(at));
	}

	public Optional<ExternalEntry> find(long id) {
		return this.jdbc.query("select * from jp_external_entry where id = ?", (rs, row) -> entry(rs), id)
			.stream()
			.findFirst();
	}

	public List<ExternalEntry> ofAccount(long accountId, int year) {
		return this.jdbc.query("select * from jp_external_entry where account_id = ? and jp_year = ? order by end_date, id",
				(rs, row) -> entry(rs), accountId, year);
	}

	/** The agency the account belongs to now; empty for an unknown account or one without an agency. */
	public Optional<Long> agencyOf(long accountId) {
		return this.jdbc.query("select agency_id from account where id = ? and agency_id is not null",
				(rs, row) -> rs.getLong(1), accountId).stream().findFirst();
	}

	/** The stored evidence of an entry, if it has one. */
	public Optional<Evidence> evidence(long entryId) {
		return this.jdbc.query("""
				select evidence_path, evidence_name, evidence_size from jp_external_entry
				where id = ? and evidence_path is not null""",
				(rs, row) -> new Evidence(rs.getString(1), rs.getString(2), rs.getLong(3)), entryId)
			.stream()
			.findFirst();
	}

	/**
	 * A page of the entries of employees whose agency is one of these, newest first, from {@code offset}, at most
	 * {@code limit}: of one year and status (either may be null for all), matching the text in the employee's name,
	 * NIP or the title.
	 */
	public List<AgencyExternalEntry> ofAgencies(Collection<Long> agencyIds, @Nullable Integer year,
			@Nullable Status status, @Nullable String text, long offset, int limit) {
		if (agencyIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = agencyParams(agencyIds, year, status, text).addValue("limit", limit)
			.addValue("offset", offset);
		return this.named.query("select e.*, a.nip as employee_nip, a.full_name as employee_name"
				+ agencyWhere(year, status, text) + " order by e.recorded_at desc, e.id desc limit :limit offset :offset",
				params, (rs, row) -> new AgencyExternalEntry(entry(rs), rs.getString("employee_nip"),
						rs.getString("employee_name")));
	}

	/** How many entries {@link #ofAgencies} pages through. */
	public long countOfAgencies(Collection<Long> agencyIds, @Nullable Integer year, @Nullable Status status,
			@Nullable String text) {
		if (agencyIds.isEmpty()) {
			return 0;
		}
		Long count = this.named.queryForObject("select count(*)" + agencyWhere(year, status, text),
				agencyParams(agencyIds, year, status, text), Long.class);
		return count == null ? 0 : count;
	}

	private static MapSqlParameterSource agencyParams(Collection<Long> agencyIds, @Nullable Integer year,
			@Nullable Status status, @Nullable String text) {
		String like = like(text);
		String digits = text == null ? null : text.replaceAll("\\s", "");
		return new MapSqlParameterSource("agencies", agencyIds).addValue("year", year)
			.addValue("status", status == null ? null : status.name())
			.addValue("like", like)
			.addValue("digits", digits == null || digits.isEmpty() ? "-" : "%" + digits + "%");
	}

	private static String agencyWhere(@Nullable Integer year, @Nullable Status status, @Nullable String text) {
		return " from jp_external_entry e join account a on a.id = e.account_id where a.agency_id in (:agencies)"
				+ (year == null ? "" : " and e.jp_year = :year") + (status == null ? "" : " and e.status = :status")
				+ (like(text) == null ? ""
						: " and (lower(a.full_name) like :like or lower(e.title) like :like or a.nip like :digits)");
	}

	private static @Nullable String like(@Nullable String text) {
		return text == null || text.isBlank() ? null
				: "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
	}

	public List<String> auditActions(long entryId) {
		return this.jdbc.queryForList("select action from jp_external_audit where entry_id = ? order by id",
				String.class, entryId);
	}

	private static ExternalEntry entry(ResultSet rs) throws SQLException {
		return new ExternalEntry(rs.getLong("id"), rs.getLong("account_id"), rs.getString("title"),
				rs.getString("organiser"), rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
				rs.getBigDecimal("jp"), ExternalTrainingType.valueOf(rs.getString("training_type")),
				rs.getInt("jp_year"), Status.valueOf(rs.getString("status")), rs.getString("status_reason"),
				rs.getString("evidence_name"));
	}

	/** A stored evidence file: where the file store keeps it, the name the user gave it, its size. */
	public record Evidence(String path, String name, long size) {
	}

}
