package id.pelita.enrolment.internal;

import id.pelita.catalog.RunPublished;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Creates a run's seat counter when it is published, in the publishing transaction. */
@Component
class RunOpenedForEnrolment {

	private final EnrolmentStore store;

	RunOpenedForEnrolment(EnrolmentStore store) {
		this.store = store;
	}

	@EventListener
	void on(RunPublished published) {
		this.store.ensureRun(published.runId());
	}

}
