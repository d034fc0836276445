package id.pelita.learning;

import org.jspecify.annotations.Nullable;

/**
 * An instructor whose group of items participants rate.
 *
 * @param id the stored row; {@code null} while the list still follows the run's live sessions
 * @param accountId the instructor's own account, through which they read their aggregates; {@code null} for an
 * instructor without one
 */
public record SurveyInstructor(@Nullable Long id, String name, @Nullable Long accountId) {
}
