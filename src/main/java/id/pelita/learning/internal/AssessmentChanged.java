package id.pelita.learning.internal;

/**
 * Published inside the learning module, in the transaction of the change, whenever a person's quiz outcome
 * (attempt graded or regraded) or survey response changed, so that the completion rule is evaluated again.
 */
public record AssessmentChanged(long runId, long accountId, long moduleId) {
}
