package id.pelita.learning.internal.jobs;

import id.pelita.learning.internal.quiz.ExpiredAttempts;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Submits quiz attempts whose time ran out, with what was answered, when the browser is gone. Runs every
 * {@code pelita.learning.quiz.sweep-interval} (30 s) on one node of the cluster; missed runs are not replayed,
 * the next run submits everything due.
 */
@DisallowConcurrentExecution
class SubmitExpiredAttemptsJob extends QuartzJobBean {

	private final ExpiredAttempts expired;

	SubmitExpiredAttemptsJob(ExpiredAttempts expired) {
		this.expired = expired;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.expired.submitAll();
	}

}
