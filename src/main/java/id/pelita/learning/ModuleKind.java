package id.pelita.learning;

/** What a module of a learning path is. */
public enum ModuleKind {

	/** A text in Markdown with images; done when read to the end or marked. */
	LESSON,
	/** A PDF or office document; done when opened. */
	FILE,
	/** A video from an allowed host or an uploaded MP4; done when played or marked. */
	VIDEO,
	/** One of the run's live sessions; done when the person attended it up to the run's threshold. */
	LIVE_SESSION,
	/** A pre-test, post-test or practice quiz (the quiz part of the module). */
	QUIZ,
	/** The evaluation survey (the survey part of the module). */
	SURVEY;

	/** The translation key of the kind's name. */
	public String labelKey() {
		return "learning.kind." + name();
	}

	/** Whether the path itself keeps what the module holds and marks it done (not quizzes or surveys). */
	public boolean material() {
		return this == LESSON || this == FILE || this == VIDEO;
	}

	/** Whether a quiz or survey part decides when the module is done. */
	public boolean assessment() {
		return this == QUIZ || this == SURVEY;
	}

}
