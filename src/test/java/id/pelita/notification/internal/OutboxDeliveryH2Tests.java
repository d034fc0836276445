package id.pelita.notification.internal;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import id.pelita.notification.OutboxStatus;
import id.pelita.support.H2Test;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.KeyMatcher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outbox delivery on H2; here the recurring Quartz job is registered too (its first fire a day away), and one test
 * fires it to prove the job itself delivers.
 */
@H2Test
@TestPropertySource(properties = { "pelita.outbox.scheduled=true", "pelita.notification.jobs.outbox-delivery=1d" })
class OutboxDeliveryH2Tests extends OutboxDeliveryTests {

	@Autowired
	Scheduler scheduler;

	@Test
	void theQuartzJobDeliversTheOutbox() throws Exception {
		enqueue(List.of(entry("enrolment-promoted", "kuarsa@" + this.domain, null)));
		CountDownLatch ran = new CountDownLatch(1);
		this.scheduler.getListenerManager().addJobListener(new JobListener() {

			@Override
			public String getName() {
				return "test-" + OutboxDeliveryH2Tests.this.domain;
			}

			@Override
			public void jobToBeExecuted(JobExecutionContext context) {
			}

			@Override
			public void jobExecutionVetoed(JobExecutionContext context) {
			}

			@Override
			public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
				ran.countDown();
			}

		}, KeyMatcher.keyEquals(OutboxDelivery.JOB));
		assertThat(this.scheduler.getTrigger(TriggerKey.triggerKey("outbox-delivery", "notification"))).isNotNull();

		this.scheduler.triggerJob(OutboxDelivery.JOB);

		assertThat(ran.await(60, TimeUnit.SECONDS)).isTrue();
		assertThat(rows()).singleElement().satisfies(row -> assertThat(row.status()).isEqualTo(OutboxStatus.SENT));
		assertThat(smtp.getReceivedMessagesForDomain(this.domain)).hasSize(1);
	}

}
