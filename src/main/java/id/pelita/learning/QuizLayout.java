package id.pelita.learning;

/** How an attempt is shown: one question per page with a navigator, or all questions on one page. */
public enum QuizLayout {

	ONE_PER_PAGE, ALL_ON_ONE;

	public String labelKey() {
		return "quiz.layout." + name();
	}

}
