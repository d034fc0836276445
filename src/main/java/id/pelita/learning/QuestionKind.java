package id.pelita.learning;

/** The kinds of questions in a course's question bank. */
public enum QuestionKind {

	/** One option is right. */
	SINGLE_CHOICE,
	/** Several options may be right; partial credit if the question allows it. */
	MULTIPLE_CHOICE,
	TRUE_FALSE,
	/** A typed answer matched against the accepted answers, ignoring case and surrounding spaces. */
	SHORT_ANSWER,
	/** A number, right within the tolerance. */
	NUMERIC;

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	public String labelKey() {
		return "quiz.questionKind." + name();
	}

}
