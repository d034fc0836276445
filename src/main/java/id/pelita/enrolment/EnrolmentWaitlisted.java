package id.pelita.enrolment;

import java.util.UUID;

/**
 * A person enrolled in a full run and waits for a seat at the given place (1 is next).
 *
 * @param eventId this one occurrence (an enrolment can be confirmed, cancelled and confirmed again), by which
 *        listeners recognise an event delivered twice
 */
public record EnrolmentWaitlisted(long enrolmentId, long accountId, EnrolledRun run, int position, UUID eventId) {
}
