package id.pelita.enrolment;

import java.time.Instant;

import id.pelita.catalog.RunDetails;
import org.jspecify.annotations.Nullable;

/**
 * One of the signed-in participant's enrolments with its run.
 *
 * @param waitlistPosition 1 for the first in line; only while waitlisted
 * @param reason why it was rejected or removed, if it was
 */
public record MyEnrolment(long enrolmentId, RunDetails run, EnrolmentStatus status,
		@Nullable Integer waitlistPosition, @Nullable String reason, EnrolmentSource source, Instant enrolledAt) {
}
