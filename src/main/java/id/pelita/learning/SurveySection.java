package id.pelita.learning;

/**
 * The sections of an evaluation survey, in the order the form shows them: Likert items on the organisation
 * (penyelenggaraan), on the materials (materi), one group per instructor (narasumber), then free-text questions.
 */
public enum SurveySection {

	ORGANISATION, MATERIALS, INSTRUCTOR, FREE_TEXT;

	/** Whether the items of this section are rated 1-5 (all but the free-text questions). */
	public boolean likert() {
		return this != FREE_TEXT;
	}

	public String labelKey() {
		return "survey.section." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
