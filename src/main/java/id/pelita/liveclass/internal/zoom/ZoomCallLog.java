package id.pelita.liveclass.internal.zoom;

import java.sql.Timestamp;
import java.time.Instant;

import id.pelita.liveclass.ZoomStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last successful call to Zoom and the last failed one with its error, in {@code video_call_outcome} (row
 * {@code ZOOM}), written in a transaction of its own so that a sync rolled back still leaves its outcome; a failure
 * to write it is logged, never passed on to the call.
 */
@Component
public class ZoomCallLog implements ZoomCallOutcomes {

	static final String SYSTEM = "ZOOM";

	private static final int MAX_ERROR = 2000;

	private static final Logger log = LoggerFactory.getLogger(ZoomCallLog.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	ZoomCallLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownTransaction.setTimeout(5);
	}

	@Override
	public void succeeded(Instant at) {
		write("update video_call_outcome set last_success_at = ? where system = ?", Timestamp.from(at));
	}

	@Override
	public void failed(Instant at, String error) {
		String cut = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
		write("update video_call_outcome set last_error_at = ?, last_error = ? where system = ?", Timestamp.from(at),
				cut);
	}

	/** What the log holds, with whether Zoom is configured at all. */
	public ZoomStatus status(boolean configured) {
		return this.jdbc
			.sql("select last_success_at, last_error_at, last_error from video_call_outcome where system = ?")
			.param(SYSTEM)
			.query((rs, row) -> new ZoomStatus(configured, instant(rs.getTimestamp("last_success_at")),
					instant(rs.getTimestamp("last_error_at")), rs.getString("last_error")))
			.optional()
			.orElse(new ZoomStatus(configured, null, null, null));
	}

	private void write(String sql, Object... params) {
		try {
			this.ownTransaction.executeWithoutResult(status -> {
				var statement = this.jdbc.sql(sql);
				for (Object param : params) {
					statement = statement.param(param);
				}
				statement.param(SYSTEM).update();
			});
		}
		catch (DataAccessException | org.springframework.transaction.TransactionException ex) {
			log.warn("Could not record the outcome of a Zoom call: {}", ex.getMessage());
		}
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
