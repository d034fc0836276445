package id.pelita.enrolment;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A coordinator nominated a cohort to a run. A nomination publishes this one event for the whole cohort instead of
 * one {@link EnrolmentConfirmed} or {@link EnrolmentWaitlisted} per person, so that listeners can handle thousands
 * of people in one batch. Refused NIPs are only counted.
 */
public record CohortNominated(long nominationId, EnrolledRun run, long coordinatorAccountId, List<Nominee> nominees,
		int refused) {

	/** A nominated person who was confirmed or waitlisted, with what a message to them needs. */
	public record Nominee(long accountId, long enrolmentId, NominationStatus status, @Nullable Integer waitlistPosition,
			@Nullable String email, Locale language) {
	}

}
