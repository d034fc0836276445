package id.pelita.learning.internal;

import java.util.Collection;
import java.util.Map;

/**
 * What the assessment part of the module (quizzes and the evaluation survey) tells the learning path: the outcome
 * of each quiz and survey module for a person, and the copying of a module's quiz or survey settings when a
 * course's modules are copied into a new run.
 * <p>
 * There is one implementation per assessment part: quizzes ({@code internal.quiz}) and the evaluation survey
 * ({@code internal.survey}). The path asks all of them ({@code List<AssessmentProgress>}) and merges the maps;
 * their module ids never overlap. {@link #copySettings} does nothing in a part that has no settings for the
 * module.
 */
public interface AssessmentProgress {

	/** The person's outcome per quiz or survey module of the run (module id -> outcome); untouched modules absent. */
	Map<Long, AssessmentOutcome> outcomes(long runId, long accountId);

	/** The same for many people at once (progress matrix): account id -> module id -> outcome, in a few queries. */
	Map<Long, Map<Long, AssessmentOutcome>> outcomes(long runId, Collection<Long> accountIds);

	/** Copies the quiz or survey settings of one module to its copy, in the caller's transaction. */
	void copySettings(long fromModuleId, long toModuleId);

}
