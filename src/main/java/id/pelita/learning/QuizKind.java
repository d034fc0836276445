package id.pelita.learning;

/** The purpose of a quiz module: a pre-test before the learning, a post-test after it (usually with a pass mark) or practice. */
public enum QuizKind {

	PRE_TEST, POST_TEST, PRACTICE;

	public String labelKey() {
		return "quiz.quizKind." + name();
	}

}
