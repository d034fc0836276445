package id.pelita.enrolment.internal.jobs;

import java.time.Instant;

import id.pelita.enrolment.EnrolmentSettings;
import id.pelita.shared.scheduling.RecurringJobs;
import id.pelita.shared.scheduling.RecurringJobs.Misfire;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enrolment module's recurring jobs, scheduled from {@code pelita.enrolment.jobs.*}. */
@Configuration(proxyBeanMethods = false)
class EnrolmentSchedules {

	static final JobKey WAITLIST_PROMOTION = JobKey.jobKey("waitlist-promotion", "enrolment");

	@Bean
	JobDetail waitlistPromotionJob() {
		return RecurringJobs.job(WaitlistPromotionJob.class, WAITLIST_PROMOTION, "Gives free seats to waitlists");
	}

	@Bean
	Trigger waitlistPromotionTrigger(EnrolmentSettings settings) {
		return RecurringJobs.every(WAITLIST_PROMOTION, settings.jobs().waitlistPromotion(), Misfire.SKIP,
				Instant.now());
	}

}
