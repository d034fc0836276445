package id.pelita.enrolment;

import id.pelita.catalog.LearningMode;
import id.pelita.catalog.RunDetails;
import org.jspecify.annotations.Nullable;

/**
 * Everything the run page shows: the run, its course's description and delivery, the seats left, and the
 * signed-in participant's enrolment, if any.
 */
public record RunOverview(RunDetails run, String description, @Nullable LearningMode learningMode, int seatsLeft,
		@Nullable MyEnrolment mine) {
}
