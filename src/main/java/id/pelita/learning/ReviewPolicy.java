package id.pelita.learning;

/** When a participant may see the right answers of a submitted attempt: never, right after it, or once the run has ended. */
public enum ReviewPolicy {

	NEVER, AFTER_ATTEMPT, AFTER_RUN;

	public String labelKey() {
		return "quiz.reviewPolicy." + name();
	}

}
