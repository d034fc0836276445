package id.pelita.learning.internal.path;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.pelita.enrolment.RunRoster;
import id.pelita.learning.CompletionRule;
import id.pelita.learning.ParticipantCompleted;
import id.pelita.learning.PathModule;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the completion rule for people of a run and records who meets it. Called on every change that may matter
 * (a module done, an assessment changed, attendance recorded, a rule or module edited). Idempotent: the completion
 * row is inserted only if absent and only the call that inserted it publishes {@link ParticipantCompleted}, so
 * repeated events, parallel evaluations and several nodes give one event per person and run. A run whose path has
 * no modules completes nobody by itself; a revoked completion is not completed again by the rule.
 */
@Component
public class CompletionEvaluator {

	private final RunPaths paths;

	private final PathFacts facts;

	private final CompletionStore completions;

	private final RunRoster roster;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CompletionAudit audit;

	CompletionEvaluator(RunPaths paths, PathFacts facts, CompletionStore completions, RunRoster roster,
			ApplicationEventPublisher events, Clock clock, CompletionAudit audit) {
		this.paths = paths;
		this.facts = facts;
		this.completions = completions;
		this.roster = roster;
		this.events = events;
		this.clock = clock;
		this.audit = audit;
	}

	/** Evaluates one person; true when this call completed them. */
	@Transactional
	public boolean evaluate(long runId, long accountId) {
		if (!this.roster.isConfirmed(runId, accountId) || this.completions.find(runId, accountId).isPresent()) {
			return false;
		}
		List<PathModule> modules = this.paths.modules(runId);
		if (modules.isEmpty()) {
			return false;
		}
		CompletionRule rule = this.paths.rule(runId);
		return PathPolicy.lacking(modules, this.facts.of(runId, accountId), rule).isEmpty()
				&& complete(runId, accountId);
	}

	/** Evaluates every confirmed participant of the run (after a rule or module change); how many completed now. */
	@Transactional
	public int evaluateRun(long runId) {
		List<PathModule> modules = this.paths.modules(runId);
		if (modules.isEmpty()) {
			return 0;
		}
		CompletionRule rule = this.paths.rule(runId);
		Map<Long, CompletionStore.Completion> known = this.completions.ofRun(runId);
		List<Long> open = this.roster.confirmedAccounts(runId).stream().filter(id -> !known.containsKey(id)).toList();
		int completed = 0;
		for (Map.Entry<Long, PersonFacts> person : this.facts.of(runId, open).entrySet()) {
			if (PathPolicy.lacking(modules, person.getValue(), rule).isEmpty() && complete(runId, person.getKey())) {
				completed++;
			}
		}
		return completed;
	}

	private boolean complete(long runId, long accountId) {
		Instant now = this.clock.instant();
		if (!this.completions.completeIfAbsent(runId, accountId, now, false, null, null)) {
			return false;
		}
		this.audit.completedByRule(runId, accountId);
		this.events.publishEvent(new ParticipantCompleted(runId, accountId, now));
		return true;
	}

}
