package id.pelita.enrolment;

/** A person got a seat in a run by enrolling, being added by an organiser, or being approved. */
public record EnrolmentConfirmed(long enrolmentId, long accountId, EnrolledRun run, EnrolmentSource source) {
}
