package id.pelita.learning.internal.quiz.jobs;

import id.pelita.learning.QuizTiming;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The recurring quiz job, registered with the clustered Quartz scheduler at start-up. */
@Configuration(proxyBeanMethods = false)
class QuizSchedules {

	static final JobKey SUBMIT_EXPIRED = JobKey.jobKey("quiz-submit-expired", "learning");

	@Bean
	JobDetail submitExpiredAttemptsJob() {
		return JobBuilder.newJob(SubmitExpiredAttemptsJob.class)
			.withIdentity(SUBMIT_EXPIRED)
			.withDescription("Submits quiz attempts whose time ran out, with the answers given")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger submitExpiredAttemptsTrigger(QuizTiming timing) {
		return TriggerBuilder.newTrigger()
			.forJob(SUBMIT_EXPIRED)
			.withIdentity("quiz-submit-expired", "learning")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(timing.sweepInterval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNowWithExistingCount())
			.build();
	}

}
