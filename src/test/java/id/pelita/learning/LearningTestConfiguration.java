package id.pelita.learning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import id.pelita.learning.internal.AssessmentOutcome;
import id.pelita.learning.internal.AssessmentProgress;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * For the path's tests: quiz and survey outcomes set by the test (standing in for the assessment parts), and the
 * completion events as they were committed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class LearningTestConfiguration {

	@Bean
	Outcomes testOutcomes() {
		return new Outcomes();
	}

	@Bean
	Published publishedCompletions() {
		return new Published();
	}

	/** Outcomes per run, person and module, as a quiz or survey part would report them. */
	public static class Outcomes implements AssessmentProgress {

		private final Map<Long, Map<Long, Map<Long, AssessmentOutcome>>> byRun = new ConcurrentHashMap<>();

		public void set(long runId, long accountId, AssessmentOutcome outcome) {
			this.byRun.computeIfAbsent(runId, id -> new ConcurrentHashMap<>())
				.computeIfAbsent(accountId, id -> new ConcurrentHashMap<>())
				.put(outcome.moduleId(), outcome);
		}

		@Override
		public Map<Long, AssessmentOutcome> outcomes(long runId, long accountId) {
			return Map.copyOf(this.byRun.getOrDefault(runId, Map.of()).getOrDefault(accountId, Map.of()));
		}

		@Override
		public Map<Long, Map<Long, AssessmentOutcome>> outcomes(long runId, Collection<Long> accountIds) {
			Map<Long, Map<Long, AssessmentOutcome>> found = new ConcurrentHashMap<>();
			accountIds.forEach(id -> {
				Map<Long, AssessmentOutcome> mine = outcomes(runId, id);
				if (!mine.isEmpty()) {
					found.put(id, mine);
				}
			});
			return found;
		}

		@Override
		public void copySettings(long fromModuleId, long toModuleId) {
		}

	}

	/** The completion events committed, in order. */
	public static class Published {

		private final List<Object> events = new CopyOnWriteArrayList<>();

		@TransactionalEventListener(fallbackExecution = true)
		public void on(ParticipantCompleted completed) {
			this.events.add(completed);
		}

		@TransactionalEventListener(fallbackExecution = true)
		public void on(ParticipantCompletionRevoked revoked) {
			this.events.add(revoked);
		}

		public long completions(long runId, long accountId) {
			return this.events.stream()
				.filter(event -> event instanceof ParticipantCompleted c && c.runId() == runId
						&& c.accountId() == accountId)
				.count();
		}

		public long revocations(long runId, long accountId) {
			return this.events.stream()
				.filter(event -> event instanceof ParticipantCompletionRevoked r && r.runId() == runId
						&& r.accountId() == accountId)
				.count();
		}

	}

}
