package id.pelita.learning;

/**
 * A run's survey in which the signed-in person is a named instructor, as their list shows it.
 *
 * @param visible whether they may read the aggregates yet (enough responses)
 */
public record InstructedSurvey(long moduleId, long runId, String courseTitle, String runName, String title,
		int responses, boolean visible) {
}
