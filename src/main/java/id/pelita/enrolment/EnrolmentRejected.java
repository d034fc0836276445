package id.pelita.enrolment;

/** The agency coordinator refused a self-enrolment. */
public record EnrolmentRejected(long enrolmentId, long accountId, EnrolledRun run, String reason,
		long coordinatorAccountId) {
}
