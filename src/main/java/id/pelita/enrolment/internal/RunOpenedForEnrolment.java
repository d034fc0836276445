package id.pelita.enrolment.internal;

import id.pelita.catalog.RunPublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Creates a run's seat counter when it is published, after the catalogue's transaction commits. Idempotent (an
 * existing counter is kept), and not needed for correctness: the first seat change creates the counter itself when
 * this has not run yet ({@link EnrolmentStore#lockRun}).
 */
@Component
class RunOpenedForEnrolment {

	private final EnrolmentStore store;

	RunOpenedForEnrolment(EnrolmentStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(RunPublished published) {
		this.store.ensureRun(published.runId());
	}

}
