package id.pelita.learning.internal.path;

import id.pelita.catalog.RunPublished;
import id.pelita.learning.internal.AssessmentChanged;
import id.pelita.liveclass.AttendanceRecorded;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The events that may change a path: a published run gets its copy of the course's path; recorded attendance (from
 * liveclass, after its commit, retried by the event publication registry) and a changed quiz or survey outcome (in
 * the transaction of the change) evaluate the person's completion again.
 */
@Component
class CompletionTriggers {

	private final RunPaths paths;

	private final CompletionEvaluator evaluator;

	CompletionTriggers(RunPaths paths, CompletionEvaluator evaluator) {
		this.paths = paths;
		this.evaluator = evaluator;
	}

	@ApplicationModuleListener
	void on(RunPublished published) {
		this.paths.ensure(published.runId());
	}

	@ApplicationModuleListener
	void on(AttendanceRecorded recorded) {
		this.evaluator.evaluate(recorded.runId(), recorded.accountId());
	}

	@EventListener
	void on(AssessmentChanged changed) {
		this.evaluator.evaluate(changed.runId(), changed.accountId());
	}

}
