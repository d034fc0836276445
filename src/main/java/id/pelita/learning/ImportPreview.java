package id.pelita.learning;

import java.util.List;

/**
 * What an uploaded question file holds, checked before anything is stored: the questions read, every bad row
 * with its reasons, and (Moodle XML) the questions of types Pelita does not take, which are skipped. The import
 * stores all questions or none, so it is possible only when {@link #problems()} is empty.
 *
 * @param unsupported one entry per skipped question: its name and Moodle type
 */
public record ImportPreview(List<QuestionDraft> questions, List<Problem> problems, List<String> unsupported) {

	public ImportPreview {
		questions = List.copyOf(questions);
		problems = List.copyOf(problems);
		unsupported = List.copyOf(unsupported);
	}

	public boolean importable() {
		return this.problems.isEmpty() && !this.questions.isEmpty();
	}

	/**
	 * One reason a row (CSV line, or n-th question of a Moodle file) cannot be imported.
	 * @param row the line of the CSV file (header = 1) or the question's position in the XML file; 0 for the file
	 */
	public record Problem(int row, String messageKey, List<Object> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

		public Object[] args() {
			return this.arguments.toArray();
		}

	}

}
