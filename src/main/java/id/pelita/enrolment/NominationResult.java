package id.pelita.enrolment;

import java.time.Instant;
import java.util.List;

/** A nomination batch and its outcome per NIP, in the order of the request. */
public record NominationResult(long nominationId, long runId, String courseTitle, String runName,
		long coordinatorAccountId, Instant nominatedAt, List<NominationOutcome> outcomes) {

	public long count(NominationStatus status) {
		return this.outcomes.stream().filter(outcome -> outcome.status() == status).count();
	}

}
