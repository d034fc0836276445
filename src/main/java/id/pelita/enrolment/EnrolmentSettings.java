package id.pelita.enrolment;

import java.time.Duration;

import id.pelita.shared.scheduling.RecurringJobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the enrolment module, under {@code pelita.enrolment}.
 *
 * @param jobs the schedules of the module's recurring jobs ({@code pelita.enrolment.jobs.*})
 */
@ConfigurationProperties("pelita.enrolment")
public record EnrolmentSettings(@DefaultValue Jobs jobs) {

	/**
	 * @param waitlistPromotion how often the job {@code waitlist-promotion} gives free seats to waitlists
	 * ({@code pelita.enrolment.jobs.waitlist-promotion}, default 5 minutes)
	 */
	public record Jobs(@DefaultValue("5m") Duration waitlistPromotion) {

		public Jobs {
			RecurringJobs.positive("pelita.enrolment.jobs.waitlist-promotion", waitlistPromotion);
		}

	}

}
