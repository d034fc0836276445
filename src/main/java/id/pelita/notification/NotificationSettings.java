package id.pelita.notification;

import java.time.Duration;

import id.pelita.shared.scheduling.RecurringJobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification module as a whole, under {@code pelita.notification}. The outbox, e-mail and
 * reminders keep their own records ({@link OutboxSettings} {@code pelita.outbox}, {@link MailSettings}
 * {@code pelita.mail}, {@link ReminderSettings} {@code pelita.reminders}).
 *
 * @param jobs the schedules of the module's recurring jobs ({@code pelita.notification.jobs.*})
 */
@ConfigurationProperties("pelita.notification")
public record NotificationSettings(@DefaultValue Jobs jobs) {

	/**
	 * @param outboxDelivery how often the job {@code outbox-delivery} sends what is due (default 10 s)
	 * @param registrationClosing Quartz cron, in WIB, of the job {@code registration-closing} that tells coordinators
	 * of free reserved seats (default {@code 0 5 * * * ?}: hourly at :05)
	 * @param agencyDigest Quartz cron, in WIB, of the monthly job {@code agency-digest} (default
	 * {@code 0 0 7 1 * ?}: the 1st of the month at 07:00)
	 */
	public record Jobs(@DefaultValue("10s") Duration outboxDelivery,
			@DefaultValue("0 5 * * * ?") String registrationClosing, @DefaultValue("0 0 7 1 * ?") String agencyDigest) {

		public Jobs {
			RecurringJobs.positive("pelita.notification.jobs.outbox-delivery", outboxDelivery);
			RecurringJobs.validCron("pelita.notification.jobs.registration-closing", registrationClosing);
			RecurringJobs.validCron("pelita.notification.jobs.agency-digest", agencyDigest);
		}

	}

}
