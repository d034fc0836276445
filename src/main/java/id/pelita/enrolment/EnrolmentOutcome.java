package id.pelita.enrolment;

import org.jspecify.annotations.Nullable;

/** What an enrolment, an approval or an organiser's addition led to. */
public record EnrolmentOutcome(long enrolmentId, EnrolmentStatus status, @Nullable Integer waitlistPosition) {
}
