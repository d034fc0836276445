package id.pelita.enrolment;

/** A person enrolled in a full run and waits for a seat at the given place (1 is next). */
public record EnrolmentWaitlisted(long enrolmentId, long accountId, EnrolledRun run, int position) {
}
