package id.pelita.shared.events;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes an after-commit listener idempotent: before its writes, in their transaction, it claims the event's key
 * ({@code event_receipt}); an event delivered a second time (republished on restart, resubmitted after a failure,
 * handed to two nodes) finds its key taken and the listener writes nothing. A listener that fails rolls its claim
 * back with its writes, so the retry claims it again.
 */
@Component
public class EventReceipts {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EventReceipts(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Claims the event for the listener.
	 * @param listener who handles it, e.g. {@code notification.enrolment-messages}
	 * @param eventKey what identifies the one occurrence of the event, e.g. {@code enrolment-confirmed:<event id>}
	 * @return true the first time, false when the listener has handled the event before
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean firstTime(String listener, String eventKey) {
		return this.jdbc.update("""
				insert into event_receipt (listener_id, event_key, received_at) values (?, ?, ?)
				on conflict do nothing""", listener, eventKey, Timestamp.from(this.clock.instant())) > 0;
	}

}
