package id.pelita.notification.internal.jobs;

import id.pelita.notification.internal.CoordinatorMessages;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/** The recurring jobs that write to agency coordinators, scheduled by {@link NotificationSchedules}. */
final class CoordinatorJobs {

	private CoordinatorJobs() {
	}

	/**
	 * Hourly at :05 ({@code pelita.notification.jobs.registration-closing}): free reserved seats in runs whose
	 * registration closes within 48 hours. Misfire policy: do nothing - the next hour covers a missed one (the
	 * 48-hour window is wide).
	 */
	@DisallowConcurrentExecution
	static class RegistrationClosingJob extends QuartzJobBean {

		private final CoordinatorMessages messages;

		RegistrationClosingJob(CoordinatorMessages messages) {
			this.messages = messages;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.messages.remindRegistrationClosing();
		}

	}

	/**
	 * On the 1st of each month at 07:00 WIB ({@code pelita.notification.jobs.agency-digest}): the agency digest.
	 * Misfire policy: fire once now - if every node was down at 07:00, the digest still goes out when one comes back
	 * (at most once per coordinator and month).
	 */
	@DisallowConcurrentExecution
	static class MonthlyDigestJob extends QuartzJobBean {

		private final CoordinatorMessages messages;

		MonthlyDigestJob(CoordinatorMessages messages) {
			this.messages = messages;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.messages.sendMonthlyDigests();
		}

	}

}
