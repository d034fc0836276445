package id.pelita.learning;

import org.jspecify.annotations.Nullable;

/**
 * A QUIZ module of a course (template, {@code runId} null) or of a run, with its settings (null until an
 * organiser saved them).
 */
public record QuizModule(long moduleId, long courseId, @Nullable Long runId, String title,
		@Nullable QuizSettings settings) {
}
