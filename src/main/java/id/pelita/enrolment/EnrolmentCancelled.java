package id.pelita.enrolment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An enrolment ended: the participant cancelled it, or an organiser removed the person (with a reason).
 *
 * @param byParticipant whether the participant cancelled it themselves
 * @param seatFreed whether the person held a seat, which went to the waitlist or back to the pool
 * @param eventId this one occurrence (an enrolment can be confirmed, cancelled and confirmed again), by which
 *        listeners recognise an event delivered twice
 */
public record EnrolmentCancelled(long enrolmentId, long accountId, EnrolledRun run, boolean byParticipant,
		@Nullable String reason, boolean seatFreed, UUID eventId) {
}
