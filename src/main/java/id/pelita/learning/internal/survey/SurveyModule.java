package id.pelita.learning.internal.survey;

import org.jspecify.annotations.Nullable;

/** The learning module a survey belongs to: a course's template row ({@code runId} null) or a run's copy. */
public record SurveyModule(long id, long courseId, @Nullable Long runId, String title) {

	public boolean template() {
		return this.runId == null;
	}

}
