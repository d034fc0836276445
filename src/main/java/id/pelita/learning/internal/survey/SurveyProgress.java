package id.pelita.learning.internal.survey;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import id.pelita.learning.internal.AssessmentOutcome;
import id.pelita.learning.internal.AssessmentProgress;

import org.springframework.stereotype.Component;

/**
 * What the evaluation survey tells the learning path: a survey module is done (and passed) once the person
 * submitted their response; it has no score. Copying a survey module copies its items (and its instructors when
 * the organiser fixed them) to the copy.
 */
@Component
public class SurveyProgress implements AssessmentProgress {

	private final SurveyStore store;

	private final SurveyDefinitions definitions;

	SurveyProgress(SurveyStore store, SurveyDefinitions definitions) {
		this.store = store;
		this.definitions = definitions;
	}

	@Override
	public Map<Long, AssessmentOutcome> outcomes(long runId, long accountId) {
		return outcomesOf(this.store.submittedModules(runId, accountId));
	}

	@Override
	public Map<Long, Map<Long, AssessmentOutcome>> outcomes(long runId, Collection<Long> accountIds) {
		Map<Long, Map<Long, AssessmentOutcome>> outcomes = new HashMap<>();
		this.store.submittedModules(runId, accountIds)
			.forEach((accountId, modules) -> outcomes.put(accountId, outcomesOf(modules)));
		return outcomes;
	}

	@Override
	public void copySettings(long fromModuleId, long toModuleId) {
		this.definitions.copy(fromModuleId, toModuleId);
	}

	private static Map<Long, AssessmentOutcome> outcomesOf(Set<Long> submitted) {
		Map<Long, AssessmentOutcome> outcomes = new HashMap<>();
		submitted.forEach(moduleId -> outcomes.put(moduleId, new AssessmentOutcome(moduleId, true, null, true)));
		return outcomes;
	}

}
