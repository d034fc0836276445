package id.pelita.enrolment;

/** Where a person stands in a run. */
public enum EnrolmentStatus {

	/** Holds a seat. */
	CONFIRMED,
	/** Waits for a seat; promoted automatically, first come first served, when one is freed. */
	WAITLISTED,
	/** Enrolled in a run with agency approval; waits for the coordinator, holds no seat yet. */
	PENDING_APPROVAL,
	/** The coordinator refused the enrolment, with a reason. */
	REJECTED,
	/** Cancelled by the participant, or removed by an organiser with a reason. */
	CANCELLED;

	public String labelKey() {
		return "enrolmentStatus." + name();
	}

	/** Whether the enrolment still counts: the person holds a seat, waits for one, or waits for approval. */
	public boolean active() {
		return this == CONFIRMED || this == WAITLISTED || this == PENDING_APPROVAL;
	}

}
