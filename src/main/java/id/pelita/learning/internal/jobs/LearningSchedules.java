package id.pelita.learning.internal.jobs;

import java.time.Instant;

import id.pelita.learning.QuizTiming;
import id.pelita.shared.scheduling.RecurringJobs;
import id.pelita.shared.scheduling.RecurringJobs.Misfire;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The learning module's recurring jobs: submitting quiz attempts whose time ran out, every
 * {@code pelita.learning.quiz.sweep-interval} (30 s).
 */
@Configuration(proxyBeanMethods = false)
class LearningSchedules {

	static final JobKey SUBMIT_EXPIRED = JobKey.jobKey("quiz-submit-expired", "learning");

	@Bean
	JobDetail submitExpiredAttemptsJob() {
		return RecurringJobs.job(SubmitExpiredAttemptsJob.class, SUBMIT_EXPIRED,
				"Submits quiz attempts whose time ran out, with the answers given");
	}

	@Bean
	Trigger submitExpiredAttemptsTrigger(QuizTiming timing) {
		return RecurringJobs.every(SUBMIT_EXPIRED, timing.sweepInterval(), Misfire.RUN_ONCE_NOW, Instant.now());
	}

}
