package id.pelita.learning.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A person's outcome of one quiz or survey module.
 *
 * @param done a quiz with at least one submitted (graded) attempt, a survey with a submitted response
 * @param score the quiz score kept by its grading method, 0-100; null for surveys and ungraded quizzes
 * @param passed the score reaches the quiz's pass mark (true for quizzes without a pass mark once done, and
 * for submitted surveys)
 */
public record AssessmentOutcome(long moduleId, boolean done, @Nullable BigDecimal score, boolean passed) {
}
