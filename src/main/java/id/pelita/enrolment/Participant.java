package id.pelita.enrolment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A person in a run's participant list, as the organiser sees and exports it. */
public record Participant(long enrolmentId, long accountId, @Nullable String nip, String fullName,
		@Nullable Long agencyId, @Nullable String agencyName, EnrolmentStatus status,
		@Nullable Integer waitlistPosition, EnrolmentSource source, @Nullable String reason, Instant enrolledAt) {
}
