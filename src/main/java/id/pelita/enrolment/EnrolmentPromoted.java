package id.pelita.enrolment;

import java.util.UUID;

/**
 * A freed seat went to a waitlisted person: they are now confirmed.
 *
 * @param eventId this one occurrence (an enrolment can be confirmed, cancelled and confirmed again), by which
 *        listeners recognise an event delivered twice
 */
public record EnrolmentPromoted(long enrolmentId, long accountId, EnrolledRun run, UUID eventId) {
}
