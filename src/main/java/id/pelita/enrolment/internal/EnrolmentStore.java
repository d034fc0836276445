package id.pelita.enrolment.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pelita.enrolment.EnrolmentSource;
import id.pelita.enrolment.EnrolmentStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Enrolments and the per-run lock-and-counter rows, in plain SQL: cohorts of thousands are written in JDBC batches,
 * and seats are counted with set-based queries while the run's row is locked.
 */
@Repository
public class EnrolmentStore {

	private static final int BATCH = 500;

	private static final int CHUNK = 1000;

	private static final String COLUMNS = """
			id, run_id, account_id, agency_id, reservation_agency_id, seat_pool, status, source, waitlist_seq,
			nomination_id, reason, decided_by, decided_at, created_at, updated_at""";

	private static final String INSERT = """
			insert into enrolment (run_id, account_id, agency_id, reservation_agency_id, seat_pool, status, source,
			    waitlist_seq, nomination_id, reason, decided_by, decided_at, created_at, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String UPDATE = """
			update enrolment set agency_id = ?, reservation_agency_id = ?, seat_pool = ?, status = ?, source = ?,
			    waitlist_seq = ?, nomination_id = ?, reason = ?, decided_by = ?, decided_at = ?, updated_at = ?
			where id = ?""";

	private static final RowMapper<Enrolment> ROW = EnrolmentStore::map;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	EnrolmentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Creates the run's lock-and-counter row unless it exists. */
	public void ensureRun(long runId) {
		this.jdbc.update("insert into enrolment_run (run_id) values (?) on conflict do nothing", runId);
	}

	/**
	 * Locks the run's row until the transaction ends, so that whoever changes the run's seats waits for the others;
	 * across nodes, since the lock is the database's. Returns the run's counters as of the lock.
	 */
	public RunCounter lockRun(long runId) {
		List<RunCounter> found = lockQuery(runId);
		if (found.isEmpty()) {
			ensureRun(runId);
			found = lockQuery(runId);
		}
		return found.getFirst();
	}

	private List<RunCounter> lockQuery(long runId) {
		return this.jdbc.query("select confirmed, waitlist_seq from enrolment_run where run_id = ? for update",
				(rs, row) -> new RunCounter(runId, rs.getInt(1), rs.getLong(2)), runId);
	}

	public void saveCounter(RunCounter counter) {
		this.jdbc.update("update enrolment_run set confirmed = ?, waitlist_seq = ? where run_id = ?",
				counter.confirmed(), counter.waitlistSeq(), counter.runId());
	}

	/**
	 * Confirmed seats per pool of the run: the reserving agency's id, or {@value SeatPlan#GENERAL} for the general
	 * pool. Exact for a seat decision only while holding the run's lock; without it, a snapshot.
	 */
	public Map<Long, Integer> takenByPool(long runId) {
		Map<Long, Integer> taken = new HashMap<>();
		this.jdbc.query("""
				select seat_pool, count(*) from enrolment where run_id = ? and status = 'CONFIRMED'
				group by seat_pool""", rs -> {
			taken.put(rs.getLong(1), rs.getInt(2));
		}, runId);
		return taken;
	}

	/** Confirmed seats per run, from the counters: one indexed look-up per run, whatever the enrolments. */
	public Map<Long, Integer> confirmedSeats(Collection<Long> runIds) {
		Map<Long, Integer> seats = new HashMap<>();
		for (List<Long> chunk : chunks(runIds)) {
			this.named.query("select run_id, confirmed from enrolment_run where run_id in (:ids) and confirmed > 0",
					new MapSqlParameterSource("ids", chunk), rs -> {
						seats.put(rs.getLong(1), rs.getInt(2));
					});
		}
		return seats;
	}

	public Optional<Enrolment> find(long enrolmentId) {
		return this.jdbc.query("select " + COLUMNS + " from enrolment where id = ?", ROW, enrolmentId)
			.stream()
			.findFirst();
	}

	public Optional<Enrolment> find(long runId, long accountId) {
		return this.jdbc
			.query("select " + COLUMNS + " from enrolment where run_id = ? and account_id = ?", ROW, runId, accountId)
			.stream()
			.findFirst();
	}

	public List<Enrolment> ofRun(long runId) {
		return this.jdbc.query("select " + COLUMNS + " from enrolment where run_id = ? order by created_at, id", ROW,
				runId);
	}

	public List<Enrolment> ofAccount(long accountId) {
		return this.jdbc.query("select " + COLUMNS + " from enrolment where account_id = ? order by created_at desc",
				ROW, accountId);
	}

	public List<Enrolment> pendingIn(Collection<Long> agencyIds) {
		List<Enrolment> pending = new ArrayList<>();
		for (List<Long> chunk : chunks(agencyIds)) {
			pending.addAll(this.named.query("select " + COLUMNS
					+ " from enrolment where status = 'PENDING_APPROVAL' and agency_id in (:agencies)",
					new MapSqlParameterSource("agencies", chunk), ROW));
		}
		pending.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
		return pending;
	}

	public List<Long> runsWithWaitlist() {
		return this.jdbc.queryForList("select distinct run_id from enrolment where status = 'WAITLISTED'", Long.class);
	}

	/** The run's waitlist, first in line first. */
	public List<Enrolment> waitlist(long runId) {
		return this.jdbc.query("select " + COLUMNS
				+ " from enrolment where run_id = ? and status = 'WAITLISTED' order by waitlist_seq", ROW, runId);
	}

	/** A confirmed person of the reservation who sits in the general pool, the latest confirmed first. */
	public Optional<Enrolment> inGeneralPoolWithReservation(long runId, long reservationAgencyId) {
		return this.jdbc.query("select " + COLUMNS + """
				 from enrolment where run_id = ? and status = 'CONFIRMED' and seat_pool = 0
				and reservation_agency_id = ? order by updated_at desc, id desc""", ROW, runId, reservationAgencyId)
			.stream()
			.findFirst();
	}

	/** The place in the run's waitlist of the waitlisted enrolment with this sequence number (1 is next). */
	public int waitlistPosition(long runId, long waitlistSeq) {
		Integer position = this.jdbc.queryForObject("""
				select count(*) from enrolment where run_id = ? and status = 'WAITLISTED' and waitlist_seq <= ?""",
				Integer.class, runId, waitlistSeq);
		return position == null ? 0 : position;
	}

	/** Places in the waitlist per enrolment id. */
	public Map<Long, Integer> waitlistPositions(long runId) {
		Map<Long, Integer> positions = new HashMap<>();
		List<Long> ids = this.jdbc.queryForList(
				"select id from enrolment where run_id = ? and status = 'WAITLISTED' order by waitlist_seq", Long.class,
				runId);
		for (int i = 0; i < ids.size(); i++) {
			positions.put(ids.get(i), i + 1);
		}
		return positions;
	}

	/** How many wait in the run before the given sequence number. */
	public int waitingBefore(long runId, long waitlistSeq) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from enrolment where run_id = ? and status = 'WAITLISTED' and waitlist_seq < ?",
				Integer.class, runId, waitlistSeq);
		return count == null ? 0 : count;
	}

	public void insert(Enrolment enrolment) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(INSERT, new String[] { "id" });
			bindInsert(statement, enrolment);
			return statement;
		}, keys);
		Number key = keys.getKey();
		if (key == null) {
			throw new IllegalStateException("No id for the new enrolment");
		}
		enrolment.assignId(key.longValue());
	}

	/** Inserts many new enrolments in JDBC batches; their ids are not read back (see {@link #idsOfNomination}). */
	public void insertAll(List<Enrolment> enrolments) {
		this.jdbc.batchUpdate(INSERT, enrolments, BATCH, EnrolmentStore::bindInsert);
	}

	public void update(Enrolment enrolment) {
		this.jdbc.update(UPDATE, statement -> bindUpdate(statement, enrolment));
	}

	public void updateAll(List<Enrolment> enrolments) {
		this.jdbc.batchUpdate(UPDATE, enrolments, BATCH, EnrolmentStore::bindUpdate);
	}

	/** Enrolment ids per account of the enrolments a nomination made or restarted. */
	public Map<Long, Long> idsOfNomination(long nominationId) {
		Map<Long, Long> ids = new HashMap<>();
		this.jdbc.query("select account_id, id from enrolment where nomination_id = ?", rs -> {
			ids.put(rs.getLong(1), rs.getLong(2));
		}, nominationId);
		return ids;
	}

	private static void bindInsert(PreparedStatement statement, Enrolment enrolment) throws SQLException {
		statement.setLong(1, enrolment.runId());
		statement.setLong(2, enrolment.accountId());
		setLong(statement, 3, enrolment.agencyId());
		setLong(statement, 4, enrolment.reservationAgencyId());
		setLong(statement, 5, enrolment.seatPool());
		statement.setString(6, enrolment.status().name());
		statement.setString(7, enrolment.source().name());
		setLong(statement, 8, enrolment.waitlistSeq());
		setLong(statement, 9, enrolment.nominationId());
		statement.setString(10, enrolment.reason());
		setLong(statement, 11, enrolment.decidedBy());
		setInstant(statement, 12, enrolment.decidedAt());
		setInstant(statement, 13, enrolment.createdAt());
		setInstant(statement, 14, enrolment.updatedAt());
	}

	private static void bindUpdate(PreparedStatement statement, Enrolment enrolment) throws SQLException {
		setLong(statement, 1, enrolment.agencyId());
		setLong(statement, 2, enrolment.reservationAgencyId());
		setLong(statement, 3, enrolment.seatPool());
		statement.setString(4, enrolment.status().name());
		statement.setString(5, enrolment.source().name());
		setLong(statement, 6, enrolment.waitlistSeq());
		setLong(statement, 7, enrolment.nominationId());
		statement.setString(8, enrolment.reason());
		setLong(statement, 9, enrolment.decidedBy());
		setInstant(statement, 10, enrolment.decidedAt());
		setInstant(statement, 11, enrolment.updatedAt());
		statement.setLong(12, enrolment.id());
	}

	private static Enrolment map(ResultSet rs, int row) throws SQLException {
		return new Enrolment(rs.getLong("id"), rs.getLong("run_id"), rs.getLong("account_id"),
				getLong(rs, "agency_id"), getLong(rs, "reservation_agency_id"), getLong(rs, "seat_pool"),
				EnrolmentStatus.valueOf(rs.getString("status")), EnrolmentSource.valueOf(rs.getString("source")),
				getLong(rs, "waitlist_seq"), getLong(rs, "nomination_id"), rs.getString("reason"),
				getLong(rs, "decided_by"), getInstant(rs, "decided_at"), getInstant(rs, "created_at"),
				getInstant(rs, "updated_at"));
	}

	static void setLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.BIGINT);
		}
		else {
			statement.setLong(index, value);
		}
	}

	static void setInstant(PreparedStatement statement, int index, @Nullable Instant value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
		}
		else {
			statement.setObject(index, value.atOffset(ZoneOffset.UTC));
		}
	}

	static @Nullable Long getLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	static @Nullable Instant getInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static <T> List<List<T>> chunks(Collection<T> values) {
		List<T> all = List.copyOf(values);
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

	/** The counters of a run, read with its lock. */
	public record RunCounter(long runId, int confirmed, long waitlistSeq) {

		public RunCounter withConfirmed(int delta) {
			return new RunCounter(this.runId, this.confirmed + delta, this.waitlistSeq);
		}

		public RunCounter withWaitlistSeq(long sequence) {
			return new RunCounter(this.runId, this.confirmed, sequence);
		}

	}

}
