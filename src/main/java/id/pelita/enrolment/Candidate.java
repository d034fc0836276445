package id.pelita.enrolment;

import org.jspecify.annotations.Nullable;

/** An employee a coordinator may nominate: someone of the coordinator's agency or a unit below it. */
public record Candidate(long accountId, String nip, String fullName, @Nullable String rankGrade,
		@Nullable String position, long agencyId, String agencyName) {
}
