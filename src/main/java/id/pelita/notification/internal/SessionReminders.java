package id.pelita.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pelita.identity.PersonDirectory;
import id.pelita.identity.PersonRef;
import id.pelita.liveclass.LiveSession;
import id.pelita.liveclass.LiveSessionCancelled;
import id.pelita.liveclass.LiveSessionDirectory;
import id.pelita.liveclass.LiveSessionRescheduled;
import id.pelita.liveclass.LiveSessionScheduled;
import id.pelita.notification.ReminderSettings;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session reminders on Quartz. A scheduled session gets one trigger per offset ({@code pelita.reminders.offsets},
 * default 24 h and 1 h before), keyed {@code session-reminder-{sessionId}-{offset}}; a move rewrites them, a
 * cancellation deletes them - in the transaction of the change, since Quartz's job store shares the application's
 * transactions. These listeners stay synchronous ({@code @EventListener}): the triggers are the session's own
 * schedule and must commit or roll back with it, and handled after commit two quick moves could be applied in the
 * wrong order, leaving triggers for a start that no longer holds (see docs/decisions/2026-12-02-events-after-commit.md). At fire time the session is read again: nothing goes out for a cancelled session, for a start that
 * no longer matches (a move raced the trigger) or once the session has begun.
 */
@Component
public class SessionReminders {

	static final String TEMPLATE = "session-reminder";

	static final String GROUP = "session-reminders";

	/** The durable job every reminder trigger fires ({@code internal.jobs.SessionReminderJob}). */
	public static final JobKey JOB = JobKey.jobKey("session-reminder", GROUP);

	/** Trigger data: the session, the offset before its start in minutes, the start it was planned for. */
	public static final String SESSION_ID = "sessionId";

	public static final String OFFSET_MINUTES = "offsetMinutes";

	public static final String STARTS_AT = "startsAt";

	private final Scheduler scheduler;

	private final ReminderSettings settings;

	private final LiveSessionDirectory sessions;

	private final PersonDirectory people;

	private final OutboxWriter outbox;

	private final SessionMessages messages;

	private final DispatchLog dispatches;

	private final Clock clock;

	SessionReminders(Scheduler scheduler, ReminderSettings settings, LiveSessionDirectory sessions,
			PersonDirectory people, OutboxWriter outbox, SessionMessages messages, DispatchLog dispatches, Clock clock) {
		this.scheduler = scheduler;
		this.settings = settings;
		this.sessions = sessions;
		this.people = people;
		this.outbox = outbox;
		this.messages = messages;
		this.dispatches = dispatches;
		this.clock = clock;
	}

	@EventListener
	void on(LiveSessionScheduled scheduled) {
		plan(scheduled.sessionId(), scheduled.startsAt());
	}

	@EventListener
	void on(LiveSessionRescheduled moved) {
		unplan(moved.sessionId());
		plan(moved.sessionId(), moved.startsAt());
	}

	@EventListener
	void on(LiveSessionCancelled cancelled) {
		unplan(cancelled.sessionId());
	}

	/** The reminder triggers of a session that exist now, for pages and tests. */
	public List<Instant> plannedReminders(long sessionId) {
		List<Instant> planned = new ArrayList<>();
		try {
			for (Duration offset : this.settings.offsets()) {
				Trigger trigger = this.scheduler.getTrigger(triggerKey(sessionId, offset.toMinutes()));
				if (trigger != null) {
					planned.add(trigger.getStartTime().toInstant());
				}
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Cannot read the reminders of session " + sessionId, ex);
		}
		return planned;
	}

	/**
	 * Sends the reminder of a session to its confirmed participants, once: re-reads the session, and sends nothing
	 * for a cancelled one, one that moved away from {@code plannedStart}, or one that has begun.
	 * @return how many reminders were enqueued
	 */
	@Transactional
	public int remind(long sessionId, long offsetMinutes, Instant plannedStart) {
		LiveSession session = this.sessions.find(sessionId).orElse(null);
		Instant now = this.clock.instant();
		if (session == null || session.cancelled() || session.startsAt().getEpochSecond() != plannedStart.getEpochSecond()
				|| !now.isBefore(session.startsAt())) {
			return 0;
		}
		List<PersonRef> recipients = this.people.findAll(this.sessions.participants(sessionId));
		if (!this.dispatches.claim("%d:%d:%d".formatted(sessionId, offsetMinutes, plannedStart.getEpochSecond()),
				recipients.size(), now)) {
			return 0;
		}
		List<OutboxEntry> entries = new ArrayList<>(recipients.size());
		for (PersonRef person : recipients) {
			Map<String, String> parameters = this.messages.parameters(session);
			parameters.put("offset", Duration.ofMinutes(offsetMinutes).toString());
			entries.add(new OutboxEntry(person.accountId(), person.email(), TEMPLATE, person.language(), parameters));
		}
		if (!entries.isEmpty()) {
			this.outbox.enqueue(entries);
			deliverSoon();
		}
		return entries.size();
	}

	/**
	 * Asks for a delivery run right after this transaction commits, rather than at the next interval, so that a
	 * reminder fan-out starts going out at once.
	 */
	private void deliverSoon() {
		try {
			if (this.scheduler.checkExists(OutboxDelivery.JOB)) {
				this.scheduler.triggerJob(OutboxDelivery.JOB);
			}
		}
		catch (SchedulerException ex) {
			// the regular delivery run sends them a few seconds later
			org.slf4j.LoggerFactory.getLogger(SessionReminders.class).warn("Could not start a delivery run", ex);
		}
	}

	private void plan(long sessionId, Instant startsAt) {
		Instant now = this.clock.instant();
		try {
			for (Duration offset : this.settings.offsets()) {
				Instant fireAt = startsAt.minus(offset);
				if (!fireAt.isAfter(now)) {
					continue;
				}
				Trigger trigger = TriggerBuilder.newTrigger()
					.withIdentity(triggerKey(sessionId, offset.toMinutes()))
					.forJob(JOB)
					.usingJobData(SESSION_ID, sessionId)
					.usingJobData(OFFSET_MINUTES, offset.toMinutes())
					.usingJobData(STARTS_AT, startsAt.getEpochSecond())
					.startAt(java.util.Date.from(fireAt))
					.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
					.build();
				this.scheduler.scheduleJob(trigger);
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Cannot plan the reminders of session " + sessionId, ex);
		}
	}

	private void unplan(long sessionId) {
		try {
			this.scheduler.unscheduleJobs(this.settings.offsets()
				.stream()
				.map(offset -> triggerKey(sessionId, offset.toMinutes()))
				.toList());
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Cannot remove the reminders of session " + sessionId, ex);
		}
	}

	static TriggerKey triggerKey(long sessionId, long offsetMinutes) {
		return TriggerKey.triggerKey("session-reminder-" + sessionId + "-" + offsetMinutes, GROUP);
	}

}
