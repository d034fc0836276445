package id.pelita.learning.internal.path;

import java.util.Map;

import id.pelita.learning.internal.AssessmentOutcome;
import id.pelita.liveclass.PersonRunAttendance;

/**
 * What is known of one person in one run: their progress rows by module id, the quiz and survey outcomes by module
 * id, and their attendance of the run's live sessions.
 */
public record PersonFacts(Map<Long, ProgressStore.Row> progress, Map<Long, AssessmentOutcome> outcomes,
		PersonRunAttendance attendance) {

	public PersonFacts {
		progress = Map.copyOf(progress);
		outcomes = Map.copyOf(outcomes);
	}

}
