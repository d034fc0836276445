package id.pelita.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import id.pelita.identity.AccountStatus;
import id.pelita.shared.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Employee accounts in bulk, over plain JDBC: look-ups by NIP and e-mail in chunks, inserts and updates in
 * batches. A roster of 10,000 rows costs a few dozen round trips instead of tens of thousands of entity loads.
 */
@Component
public class EmployeeRows {

	private static final int CHUNK = 1000;

	private static final int BATCH = 500;

	private static final String COLUMNS = "id, username, nip, full_name, rank_grade, position, agency_id, email, "
			+ "phone, status, password_hash is not null as has_password, language";

	private static final RowMapper<Stored> STORED = EmployeeRows::stored;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	EmployeeRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** An account as the roster needs it. */
	public record Stored(long id, String username, @Nullable String nip, String fullName, @Nullable String rankGrade,
			@Nullable String position, @Nullable Long agencyId, @Nullable String email, @Nullable String phone,
			AccountStatus status, boolean hasPassword, String language) {
	}

	/** A new employee account: no password, waiting for activation. */
	public record NewRow(String username, String nip, String fullName, @Nullable String rankGrade,
			@Nullable String position, long agencyId, @Nullable String email, @Nullable String phone) {
	}

	public Map<String, Stored> byNips(Collection<String> nips) {
		return lookUp("nip", nips, Stored::nip);
	}

	public Map<String, Stored> byEmails(Collection<String> emails) {
		return lookUp("email", emails, Stored::email);
	}

	public Optional<Stored> byId(long accountId) {
		return this.jdbc.query("select " + COLUMNS + " from account where id = ?", STORED, accountId)
			.stream()
			.findFirst();
	}

	/** Which of these user names are taken. */
	public Set<String> takenUsernames(Collection<String> usernames) {
		Set<String> taken = new HashSet<>();
		for (List<String> chunk : chunks(usernames)) {
			taken.addAll(this.named.queryForList("select username from account where username in (:names)",
					Map.of("names", chunk), String.class));
		}
		return taken;
	}

	public Set<Role> roles(long accountId) {
		Set<Role> roles = new HashSet<>();
		this.jdbc.query("select role from account_role where account_id = ?",
				(ResultSet rs) -> {
					roles.add(Role.valueOf(rs.getString(1)));
				}, accountId);
		return roles;
	}

	/** Which of these accounts hold a staff role (organiser, coordinator, administrator). */
	public Set<Long> staff(Collection<Long> accountIds) {
		List<String> staffRoles = java.util.Arrays.stream(Role.values()).filter(Role::isStaff).map(Role::name).toList();
		Set<Long> staff = new HashSet<>();
		for (List<Long> chunk : chunks(accountIds)) {
			staff.addAll(this.named.queryForList(
					"select distinct account_id from account_role where account_id in (:ids) and role in (:roles)",
					Map.of("ids", chunk, "roles", staffRoles), Long.class));
		}
		return staff;
	}

	/** Inserts the accounts with the participant role; returns their ids by NIP. */
	public Map<String, Long> insert(List<NewRow> rows, Instant now) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		List<Map<String, Object>> keys = MultiRowInsert.insert(this.jdbc, "account", List.of("username", "nip",
				"full_name", "rank_grade", "position", "agency_id", "email", "phone", "status", "created_at",
				"updated_at"), rows, (statement, first, row) -> {
					statement.setString(first, row.username());
					statement.setString(first + 1, row.nip());
					statement.setString(first + 2, row.fullName());
					statement.setString(first + 3, row.rankGrade());
					statement.setString(first + 4, row.position());
					statement.setLong(first + 5, row.agencyId());
					statement.setString(first + 6, row.email());
					statement.setString(first + 7, row.phone());
					statement.setString(first + 8, AccountStatus.PENDING_ACTIVATION.name());
					statement.setObject(first + 9, at);
					statement.setObject(first + 10, at);
				}, List.of("id", "nip"));
		Map<String, Long> ids = new HashMap<>();
		for (Map<String, Object> key : keys) {
			ids.put((String) key.get("nip"), ((Number) key.get("id")).longValue());
		}
		if (ids.size() != rows.size()) {
			throw new IllegalStateException("Inserted " + rows.size() + " accounts but got " + ids.size() + " ids back");
		}
		MultiRowInsert.insert(this.jdbc, "account_role", List.of("account_id", "role"), List.copyOf(ids.values()),
				(statement, first, id) -> {
					statement.setLong(first, id);
					statement.setString(first + 1, Role.PARTICIPANT.name());
				});
		return ids;
	}

	/** Writes the profile fields (NIP, name, rank, position, agency, e-mail, phone) of these accounts. */
	public void update(List<Stored> rows, Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		this.jdbc.batchUpdate("""
				update account set nip = ?, full_name = ?, rank_grade = ?, position = ?, agency_id = ?, email = ?,
				    phone = ?, updated_at = ?, version = version + 1
				where id = ?""", rows, BATCH, (statement, row) -> {
			statement.setString(1, row.nip());
			statement.setString(2, row.fullName());
			statement.setString(3, row.rankGrade());
			statement.setString(4, row.position());
			if (row.agencyId() == null) {
				statement.setNull(5, Types.BIGINT);
			}
			else {
				statement.setLong(5, row.agencyId());
			}
			statement.setString(6, row.email());
			statement.setString(7, row.phone());
			statement.setObject(8, at);
			statement.setLong(9, row.id());
		});
	}

	/** An account and when its data last changed. */
	public record Versioned(Stored stored, Instant updatedAt) {
	}

	/**
	 * One page of the accounts with a NIP in these agencies changed at or after {@code since} (all without it), in
	 * the order of their id: a change keeps an account's place and new accounts come last, so paging through skips
	 * no one while data changes.
	 */
	public List<Versioned> changedSince(Collection<Long> agencyIds, @Nullable Instant since, long offset, int limit) {
		Map<String, Object> parameters = changedParameters(agencyIds, since);
		parameters.put("offset", offset);
		parameters.put("limit", limit);
		return this.named.query("select " + COLUMNS + ", updated_at from account where " + changedWhere(since)
				+ " order by id limit :limit offset :offset", parameters,
				(rs, row) -> new Versioned(stored(rs, row), rs.getObject("updated_at", OffsetDateTime.class).toInstant()));
	}

	/** How many accounts {@link #changedSince} pages through. */
	public long countChangedSince(Collection<Long> agencyIds, @Nullable Instant since) {
		Long count = this.named.queryForObject("select count(*) from account where " + changedWhere(since),
				changedParameters(agencyIds, since), Long.class);
		return count == null ? 0 : count;
	}

	/** The account with this NIP and when its data last changed. */
	public Optional<Versioned> versionedByNip(String nip) {
		return this.jdbc.query("select " + COLUMNS + ", updated_at from account where nip = ?",
				(rs, row) -> new Versioned(stored(rs, row), rs.getObject("updated_at", OffsetDateTime.class).toInstant()),
				nip).stream().findFirst();
	}

	private static String changedWhere(@Nullable Instant since) {
		return "agency_id in (:agencies) and nip is not null" + (since == null ? "" : " and updated_at >= :since");
	}

	private static Map<String, Object> changedParameters(Collection<Long> agencyIds, @Nullable Instant since) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("agencies", agencyIds);
		if (since != null) {
			parameters.put("since", since.atOffset(ZoneOffset.UTC));
		}
		return parameters;
	}

	public void setStatus(long accountId, AccountStatus status, Instant now) {
		this.jdbc.update("update account set status = ?, updated_at = ?, version = version + 1 where id = ?",
				status.name(), now.atOffset(ZoneOffset.UTC), accountId);
	}

	private Map<String, Stored> lookUp(String column, Collection<String> values, Function<Stored, String> key) {
		Map<String, Stored> found = new HashMap<>();
		for (List<String> chunk : chunks(values)) {
			for (Stored stored : this.named.query("select " + COLUMNS + " from account where " + column
					+ " in (:values)", Map.of("values", chunk), STORED)) {
				found.put(key.apply(stored), stored);
			}
		}
		return found;
	}

	private static <T> List<List<T>> chunks(Collection<T> values) {
		List<T> all = List.copyOf(new HashSet<>(values));
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		long agencyId = rs.getLong("agency_id");
		Long agency = rs.wasNull() ? null : agencyId;
		return new Stored(rs.getLong("id"), rs.getString("username"), rs.getString("nip"), rs.getString("full_name"),
				rs.getString("rank_grade"), rs.getString("position"), agency, rs.getString("email"),
				rs.getString("phone"), AccountStatus.valueOf(rs.getString("status")), rs.getBoolean("has_password"),
				rs.getString("language"));
	}

}
