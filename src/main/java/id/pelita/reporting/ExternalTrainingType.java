package id.pelita.reporting;

/**
 * Forms of competency development outside the platform (after the ASN competency development forms): training at
 * another institution, on-the-job learning such as work dialogue, induction, e-learning elsewhere, seminars and
 * workshops, anything else.
 */
public enum ExternalTrainingType {

	OTHER_INSTITUTION, ON_THE_JOB, INDUCTION, E_LEARNING, SEMINAR_WORKSHOP, OTHER;

	/** The translation key of its label. */
	public String labelKey() {
		return "jp.external.type." + name();
	}

}
