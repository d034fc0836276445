package id.pelita.enrolment;

/** How an enrolment came about. */
public enum EnrolmentSource {

	/** The participant enrolled from the catalogue. */
	SELF,
	/** An agency coordinator nominated the person. */
	NOMINATION,
	/** An organiser added the person by hand. */
	ORGANISER;

	public String labelKey() {
		return "enrolmentSource." + name();
	}

}
