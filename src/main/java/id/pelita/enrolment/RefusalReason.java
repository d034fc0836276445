package id.pelita.enrolment;

/** Why a nomination refused a NIP; the REST API answers with these codes. */
public enum RefusalReason {

	/** Not a valid NIP; the message names the NIP rule it breaks. */
	INVALID_NIP,
	/** Nobody on the platform has this NIP. */
	NOT_FOUND,
	/** The person belongs to an agency outside the coordinator's agency and its units. */
	NOT_IN_AGENCY,
	/** The person already holds a seat, waits for one or waits for approval in this run. */
	ALREADY_ENROLLED,
	/** The run still has seats, but all of them are reserved for other agencies. */
	AGENCY_SEATS_EXHAUSTED,
	/** The run is not taking registrations. */
	REGISTRATION_CLOSED,
	/** The person's account is disabled. */
	NOT_ELIGIBLE,
	/** The NIP appears earlier in the same request. */
	DUPLICATE_IN_REQUEST;

	public String messageKey() {
		return "nomination.refused." + name();
	}

}
