package id.pelita.enrolment.internal.jobs;

import id.pelita.enrolment.Waitlist;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Every {@code pelita.enrolment.jobs.waitlist-promotion} (5 minutes), gives free seats of runs with a waitlist to the
 * people waiting (seats freed by an organiser raising the seats or lifting a reservation; a cancellation promotes at
 * once, in its own transaction). Each run is promoted under its lock, in its own transaction.
 * <p>
 * Misfire policy: next with remaining count - missed runs are skipped; the next one covers them.
 */
@DisallowConcurrentExecution
class WaitlistPromotionJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(WaitlistPromotionJob.class);

	private final Waitlist waitlist;

	WaitlistPromotionJob(Waitlist waitlist) {
		this.waitlist = waitlist;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		int promoted = 0;
		for (long runId : this.waitlist.runsWithWaitlist()) {
			promoted += this.waitlist.promote(runId);
		}
		if (promoted > 0) {
			log.info("Promoted {} people from waitlists", promoted);
		}
	}

}
