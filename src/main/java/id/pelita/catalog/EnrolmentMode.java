package id.pelita.catalog;

/** How people get a seat in a run. */
public enum EnrolmentMode {

	/** Anyone eligible enrols from the catalogue. */
	OPEN,
	/** Only agency coordinators nominate. */
	NOMINATION_ONLY,
	/** Employees enrol from the catalogue; their agency coordinator approves. */
	OPEN_WITH_APPROVAL;

	public String labelKey() {
		return "enrolmentMode." + name();
	}

}
