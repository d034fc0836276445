package id.pelita.enrolment;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A self-enrolment that waits for the coordinator of the employee's agency. */
public record PendingApproval(long enrolmentId, long runId, String courseTitle, String runName, LocalDate startsOn,
		long accountId, @Nullable String nip, String fullName, @Nullable String agencyName, Instant requestedAt) {
}
