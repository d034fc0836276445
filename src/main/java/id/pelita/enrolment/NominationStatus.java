package id.pelita.enrolment;

/** What a nomination did for one NIP. */
public enum NominationStatus {

	CONFIRMED, WAITLISTED, PENDING_APPROVAL, REFUSED;

	public String labelKey() {
		return "nominationStatus." + name();
	}

}
