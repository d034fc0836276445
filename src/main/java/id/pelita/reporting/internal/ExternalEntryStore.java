package id.pelita.reporting.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.pelita.reporting.ExternalEntry;
import id.pelita.reporting.ExternalEntry.Status;
import id.pelita.reporting.ExternalEntryInput;
import id.pelita.reporting.ExternalTrainingType;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Trainings outside the platform ({@code jp_external_entry}) and their audit trail ({@code jp_external_audit}). */
@Repository
public class ExternalEntryStore {

	private final JdbcTemplate jdbc;

	ExternalEntryStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long accountId, ExternalEntryInput input, int year, Status status, long actorId, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					insert into jp_external_entry (account_id, title, organiser, start_date, end_date, jp,
					    training_type, jp_year, status, recorded_by, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			statement.setLong(1, accountId);
			statement.setString(2, input.title());
			statement.setString(3, input.organiser());
			statement.setDate(4, Date.valueOf(input.startDate()));
			statement.setDate(5, Date.valueOf(input.endDate()));
			statement.setBigDecimal(6, input.jp());
			statement.setString(7, input.type().name());
			statement.setInt(8, year);
			statement.setString(9, status.name());
			statement.setLong(10, actorId);
			statement.setTimestamp(11, Timestamp.from(at));
			return statement;
		}, keys);
		return keys.getKey().longValue();
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

	public List<String> auditActions(long entryId) {
		return this.jdbc.queryForList("select action from jp_external_audit where entry_id = ? order by id",
				String.class, entryId);
	}

	private static ExternalEntry entry(ResultSet rs) throws SQLException {
		return new ExternalEntry(rs.getLong("id"), rs.getLong("account_id"), rs.getString("title"),
				rs.getString("organiser"), rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
				rs.getBigDecimal("jp"), ExternalTrainingType.valueOf(rs.getString("training_type")),
				rs.getInt("jp_year"), Status.valueOf(rs.getString("status")), rs.getString("status_reason"));
	}

}
