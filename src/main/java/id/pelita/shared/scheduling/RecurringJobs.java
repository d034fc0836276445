package id.pelita.shared.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Declares the recurring jobs of a module's {@code <Module>Schedules} configuration: a durable {@link JobDetail}
 * and its {@link Trigger}, both with the same name and group, so that the identities stored in the clustered JDBC
 * job store stay the same from one start to the next (Boot replaces them at start-up,
 * {@code spring.quartz.overwrite-existing-jobs}). The schedule comes from the module's settings
 * ({@code pelita.<module>.jobs.<job-name>}).
 */
public final class RecurringJobs {

	/** What a trigger does when its time passed while no node could run it. */
	public enum Misfire {

		/**
		 * Run once at once, then keep the schedule; missed runs are not replayed one by one (Quartz's "now with
		 * existing count" for intervals, "fire and proceed" for cron).
		 */
		RUN_ONCE_NOW,

		/** Skip the missed runs and wait for the next one (Quartz's "next with remaining count" / "do nothing"). */
		SKIP

	}

	private RecurringJobs() {
	}

	/** A durable job of the given class under the given identity. */
	public static JobDetail job(Class<? extends Job> type, JobKey key, String description) {
		return JobBuilder.newJob(type).withIdentity(key).withDescription(description).storeDurably().build();
	}

	/** A trigger firing the job every {@code interval} forever, the first time at {@code firstFire}. */
	public static Trigger every(JobKey job, Duration interval, Misfire misfire, Instant firstFire) {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("The interval of " + job + " must be positive: " + interval);
		}
		SimpleScheduleBuilder schedule = SimpleScheduleBuilder.simpleSchedule()
			.withIntervalInMilliseconds(interval.toMillis())
			.repeatForever();
		schedule = (misfire == Misfire.RUN_ONCE_NOW) ? schedule.withMisfireHandlingInstructionNowWithExistingCount()
				: schedule.withMisfireHandlingInstructionNextWithRemainingCount();
		return TriggerBuilder.newTrigger()
			.forJob(job)
			.withIdentity(job.getName(), job.getGroup())
			.startAt(Date.from(firstFire))
			.withSchedule(schedule)
			.build();
	}

	/** A trigger firing the job at the times of a Quartz cron expression, read in the given zone. */
	public static Trigger cron(JobKey job, String expression, ZoneId zone, Misfire misfire) {
		if (!CronExpression.isValidExpression(expression)) {
			throw new IllegalArgumentException("Not a Quartz cron expression for " + job + ": " + expression);
		}
		CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(expression)
			.inTimeZone(TimeZone.getTimeZone(zone));
		schedule = (misfire == Misfire.RUN_ONCE_NOW) ? schedule.withMisfireHandlingInstructionFireAndProceed()
				: schedule.withMisfireHandlingInstructionDoNothing();
		return TriggerBuilder.newTrigger()
			.forJob(job)
			.withIdentity(job.getName(), job.getGroup())
			.withSchedule(schedule)
			.build();
	}

	/** Checks a cron setting at start-up, naming the setting in the message. */
	public static String validCron(String setting, String expression) {
		if (expression == null || !CronExpression.isValidExpression(expression)) {
			throw new IllegalArgumentException(setting + " is not a Quartz cron expression: " + expression);
		}
		return expression;
	}

	/** Checks an interval setting at start-up, naming the setting in the message. */
	public static Duration positive(String setting, Duration interval) {
		if (interval == null || interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException(setting + " must be a positive duration: " + interval);
		}
		return interval;
	}

}
