package id.pelita.enrolment;

import java.util.UUID;

/**
 * The agency coordinator refused a self-enrolment.
 *
 * @param eventId this one occurrence (an enrolment can be confirmed, cancelled and confirmed again), by which
 *        listeners recognise an event delivered twice
 */
public record EnrolmentRejected(long enrolmentId, long accountId, EnrolledRun run, String reason,
		long coordinatorAccountId, UUID eventId) {
}
