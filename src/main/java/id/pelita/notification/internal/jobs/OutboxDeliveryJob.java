package id.pelita.notification.internal.jobs;

import id.pelita.notification.internal.OutboxDelivery;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Delivers the outbox ({@link OutboxDelivery#deliverDue()}), every {@code pelita.notification.jobs.outbox-delivery}
 * (10 s) on one node of the cluster at a time ({@link DisallowConcurrentExecution} holds cluster-wide on the JDBC
 * job store).
 * A run keeps going while there is a backlog, up to {@code pelita.outbox.max-run}.
 *
 * <p>
 * <b>Misfire policy:</b> {@code MISFIRE_INSTRUCTION_RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT}: when fires were
 * missed (every node down, or a long run over the misfire threshold), the job runs once at once and then keeps its
 * interval; the missed fires are not replayed, because one run delivers everything that is due. Not marked for
 * recovery: after a crash the next fire comes within one interval anyway, and abandoned claims are released by it.
 */
@DisallowConcurrentExecution
class OutboxDeliveryJob extends QuartzJobBean {

	private final OutboxDelivery delivery;

	OutboxDeliveryJob(OutboxDelivery delivery) {
		this.delivery = delivery;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.delivery.deliverDue();
	}

}
