package id.pelita.enrolment.internal;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.pelita.enrolment.NominationStatus;
import id.pelita.enrolment.RefusalReason;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Nomination batches and their outcome per NIP, kept so that a result can be read again later. */
@Repository
public class NominationStore {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	NominationStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long create(long runId, long coordinatorAccountId, long agencyId, int requested, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement("""
					insert into nomination (run_id, coordinator_account_id, agency_id, requested, confirmed, waitlisted,
					    refused, created_at)
					values (?, ?, ?, ?, 0, 0, 0, ?)""", new String[] { "id" });
			statement.setLong(1, runId);
			statement.setLong(2, coordinatorAccountId);
			statement.setLong(3, agencyId);
			statement.setInt(4, requested);
			EnrolmentStore.setInstant(statement, 5, at);
			return statement;
		}, keys);
		Number key = keys.getKey();
		if (key == null) {
			throw new IllegalStateException("No id for the new nomination");
		}
		return key.longValue();
	}

	public void complete(long nominationId, List<Line> lines) {
		int confirmed = 0;
		int waitlisted = 0;
		int refused = 0;
		for (Line line : lines) {
			switch (line.status()) {
				case CONFIRMED, PENDING_APPROVAL -> confirmed++;
				case WAITLISTED -> waitlisted++;
				case REFUSED -> refused++;
			}
		}
		this.jdbc.update("update nomination set confirmed = ?, waitlisted = ?, refused = ? where id = ?", confirmed,
				waitlisted, refused, nominationId);
		this.jdbc.batchUpdate("""
				insert into nomination_outcome (nomination_id, line_no, input, nip, account_id, enrolment_id, status,
				    reason, waitlist_position, message_key, message_argument)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines, BATCH, (statement, line) -> {
			statement.setLong(1, nominationId);
			statement.setInt(2, line.line());
			statement.setString(3, line.input());
			statement.setString(4, line.nip());
			EnrolmentStore.setLong(statement, 5, line.accountId());
			EnrolmentStore.setLong(statement, 6, line.enrolmentId());
			statement.setString(7, line.status().name());
			statement.setString(8, line.reason() == null ? null : line.reason().name());
			if (line.waitlistPosition() == null) {
				statement.setNull(9, Types.INTEGER);
			}
			else {
				statement.setInt(9, line.waitlistPosition());
			}
			statement.setString(10, line.messageKey());
			statement.setString(11, line.messageArgument());
		});
	}

	public Optional<Header> find(long nominationId) {
		return this.jdbc.query("""
				select id, run_id, coordinator_account_id, agency_id, created_at from nomination where id = ?""",
				(rs, row) -> new Header(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
						EnrolmentStore.getInstant(rs, "created_at")),
				nominationId).stream().findFirst();
	}

	public List<Line> lines(long nominationId) {
		return this.jdbc.query("""
				select line_no, input, nip, account_id, enrolment_id, status, reason, waitlist_position, message_key,
				    message_argument
				from nomination_outcome where nomination_id = ? order by line_no""", (rs, row) -> {
			String reason = rs.getString("reason");
			int position = rs.getInt("waitlist_position");
			Integer waitlistPosition = rs.wasNull() ? null : position;
			return new Line(rs.getInt("line_no"), rs.getString("input"), rs.getString("nip"),
					EnrolmentStore.getLong(rs, "account_id"), EnrolmentStore.getLong(rs, "enrolment_id"),
					NominationStatus.valueOf(rs.getString("status")),
					reason == null ? null : RefusalReason.valueOf(reason), waitlistPosition,
					rs.getString("message_key"), rs.getString("message_argument"));
		}, nominationId);
	}

	/** A nomination batch as stored. */
	public record Header(long id, long runId, long coordinatorAccountId, long agencyId, Instant createdAt) {
	}

	/** The outcome of one NIP as stored; the message is translated when read. */
	public record Line(int line, String input, @Nullable String nip, @Nullable Long accountId,
			@Nullable Long enrolmentId, NominationStatus status, @Nullable RefusalReason reason,
			@Nullable Integer waitlistPosition, @Nullable String messageKey, @Nullable String messageArgument) {
	}

}
