package id.pelita.enrolment;

import java.util.UUID;

/**
 * A person got a seat in a run by enrolling, being added by an organiser, or being approved.
 *
 * @param eventId this one occurrence (an enrolment can be confirmed, cancelled and confirmed again), by which
 *        listeners recognise an event delivered twice
 */
public record EnrolmentConfirmed(long enrolmentId, long accountId, EnrolledRun run, EnrolmentSource source,
		UUID eventId) {
}
