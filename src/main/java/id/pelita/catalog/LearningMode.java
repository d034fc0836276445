package id.pelita.catalog;

/** How a course is delivered: online ("off class"), in person ("on class"), or both. */
public enum LearningMode {

	OFF_CLASS, ON_CLASS, BLENDED;

	public String labelKey() {
		return "learningMode." + name();
	}

}
