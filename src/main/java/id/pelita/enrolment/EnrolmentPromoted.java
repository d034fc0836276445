package id.pelita.enrolment;

/** A freed seat went to a waitlisted person: they are now confirmed. */
public record EnrolmentPromoted(long enrolmentId, long accountId, EnrolledRun run) {
}
