package id.pelita.enrolment;

import java.math.BigDecimal;

import id.pelita.catalog.LearningMode;
import id.pelita.catalog.RunDetails;
import org.jspecify.annotations.Nullable;

/**
 * Everything the run page shows: the run, its course's description and delivery, the requirements to pass, the
 * seats left, and the signed-in participant's enrolment, if any.
 *
 * @param description the course description as plain text
 * @param descriptionHtml the description as sanitised HTML, when the catalogue provides it
 * @param passMark the post-test score needed to pass, in percent, when the catalogue provides it
 * @param attendanceThreshold the share of live sessions to attend, in percent, when the catalogue provides it
 */
public record RunOverview(RunDetails run, String description, @Nullable String descriptionHtml,
		@Nullable LearningMode learningMode, @Nullable BigDecimal passMark, @Nullable BigDecimal attendanceThreshold,
		int seatsLeft, @Nullable MyEnrolment mine) {
}
