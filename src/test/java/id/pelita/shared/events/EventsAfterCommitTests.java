package id.pelita.shared.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunPublished;
import id.pelita.catalog.RunService;
import id.pelita.catalog.RunStatus;
import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.support.Await;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events after commit, on the real event publication registry: a listener that fails leaves the change that
 * published the event in place (and the other listeners of the event do their work); its publication stays in the
 * registry, marked failed, and is handed to the listener again when the registry's outstanding publications are
 * resubmitted (what a node does on start with {@code republish-outstanding-events-on-restart}) - then it is done and
 * gone. H2 and PostgreSQL subclasses.
 */
@Import(EventsAfterCommitTests.FlakyListenerConfiguration.class)
abstract class EventsAfterCommitTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FlakyListener listener;

	@Test
	void aFailingListenerNoLongerUndoesThePublishersChangeAndItsEventIsRetried() {
		this.listener.failNext();
		long runId = new EnrolmentFixtures(this.context).openRun(30, Map.of(), EnrolmentMode.OPEN);
		try {
			assertThat(this.context.getBean(RunService.class).run(runId).status())
				.as("the run stays published although a listener of RunPublished failed")
				.isEqualTo(RunStatus.PUBLISHED);
			Await.until("the listener failed", Duration.ofSeconds(30), () -> "FAILED".equals(status(runId)));
			assertThat(this.listener.handled()).doesNotContain(runId);
			Await.until("the enrolment module's listener of the same event opened the run", Duration.ofSeconds(30),
					() -> this.jdbc.queryForObject("select count(*) from enrolment_run where run_id = ?",
							Integer.class, runId) == 1);

			this.context.getBean(IncompleteEventPublications.class)
				.resubmitIncompletePublications(publication -> publication.getEvent() instanceof RunPublished published
						&& published.runId() == runId);

			Await.until("the retried listener handled the event", Duration.ofSeconds(30),
					() -> this.listener.handled().contains(runId));
			Await.until("the publication is complete and removed", Duration.ofSeconds(30),
					() -> status(runId) == null);
			assertThat(this.listener.handled()).containsOnlyOnce(runId);
		}
		finally {
			// nothing of this test is left for another context on the shared PostgreSQL to republish
			this.jdbc.update("delete from event_publication where listener_id like ?",
					"%" + FlakyListener.class.getSimpleName() + "%");
		}
	}

	private String status(long runId) {
		List<String> found = this.jdbc.queryForList(
				"select status from event_publication where listener_id like ? and serialized_event like ?",
				String.class, "%" + FlakyListener.class.getSimpleName() + "%", "%\"runId\":" + runId + ",%");
		return found.isEmpty() ? null : found.getFirst();
	}

	/** A listener of another module's event that fails once when told to (a proxy: used through its methods). */
	static class FlakyListener {

		private final AtomicBoolean failNext = new AtomicBoolean();

		private final List<Long> handled = new CopyOnWriteArrayList<>();

		public void failNext() {
			this.failNext.set(true);
		}

		public List<Long> handled() {
			return this.handled;
		}

		@ApplicationModuleListener
		void on(RunPublished published) {
			if (this.failNext.compareAndSet(true, false)) {
				throw new IllegalStateException("The listener is down for run " + published.runId());
			}
			this.handled.add(published.runId());
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FlakyListenerConfiguration {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}

	}

}
