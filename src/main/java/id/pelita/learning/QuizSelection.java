package id.pelita.learning;

/** Which questions an attempt gets: the quiz's fixed questions, or N drawn at random from chosen categories. */
public enum QuizSelection {

	FIXED, RANDOM;

	public String labelKey() {
		return "quiz.selection." + name();
	}

}
