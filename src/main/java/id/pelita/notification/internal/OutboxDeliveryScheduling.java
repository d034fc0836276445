package id.pelita.notification.internal;

import java.time.Instant;
import java.util.Date;

import id.pelita.notification.OutboxSettings;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the recurring {@link OutboxDeliveryJob} with the clustered scheduler at start-up, unless
 * {@code pelita.outbox.scheduled=false}. Boot's Quartz support stores the job and trigger (replacing those of an
 * earlier start, {@code spring.quartz.overwrite-existing-jobs}); the first fire is one interval after the start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "pelita.outbox.scheduled", matchIfMissing = true)
class OutboxDeliveryScheduling {

	static final TriggerKey TRIGGER = TriggerKey.triggerKey("outbox-delivery", "notification");

	@Bean
	JobDetail outboxDeliveryJob() {
		return JobBuilder.newJob(OutboxDeliveryJob.class)
			.withIdentity(OutboxDeliveryJob.KEY)
			.withDescription("Delivers the due messages of the outbox")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger outboxDeliveryTrigger(JobDetail outboxDeliveryJob, OutboxSettings settings) {
		return TriggerBuilder.newTrigger()
			.forJob(outboxDeliveryJob)
			.withIdentity(TRIGGER)
			.startAt(Date.from(Instant.now().plus(settings.interval())))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(settings.interval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNowWithExistingCount())
			.build();
	}

}
