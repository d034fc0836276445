package id.pelita.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is delivered ({@code pelita.outbox.*}): whether this node schedules the recurring delivery job,
 * the batches and workers that send, the retries with exponential backoff, and when a claim counts as abandoned.
 * How often the job runs is {@code pelita.notification.jobs.outbox-delivery} ({@link NotificationSettings}); the
 * former {@code pelita.outbox.interval} is refused at start-up with a message naming the new setting.
 *
 * @param scheduled whether this node registers the recurring delivery job (Quartz, clustered)
 * @param batchSize how many messages a worker claims at once
 * @param workers how many workers send in parallel, each over its own SMTP connection
 * @param maxAttempts failed attempts after which a message is given up (FAILED)
 * @param firstRetry the wait after the first failure; it doubles with every further failure
 * @param maxRetry the longest wait between two attempts
 * @param claimTimeout the age after which a claim is considered abandoned and the message is sent again
 * @param maxRun how long one run of the job keeps working through a backlog before it leaves the rest to the next
 */
@ConfigurationProperties("pelita.outbox")
public record OutboxSettings(@DefaultValue("true") boolean scheduled, @DefaultValue("50") int batchSize,
		@DefaultValue("4") int workers, @DefaultValue("10") int maxAttempts, @DefaultValue("1m") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
		@DefaultValue("5m") Duration claimTimeout, @DefaultValue("1m") Duration maxRun) {

	public OutboxSettings {
		if (batchSize < 1 || workers < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("pelita.outbox batch-size, workers and max-attempts must be positive");
		}
	}

	/** The wait before the next attempt after the given number of failed attempts (1, 2, ...). */
	public Duration backoff(int failedAttempts) {
		Duration wait = this.firstRetry;
		for (int i = 1; i < failedAttempts && wait.compareTo(this.maxRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.maxRetry) > 0 ? this.maxRetry : wait;
	}

}
