package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.pelita.learning.ImportPreview.Problem;
import id.pelita.learning.QuestionDraft;

/** The checks every question passes before it is stored, from the editor or an import. */
final class QuestionRules {

	static final int MAX_TEXT = 10_000;

	static final int MAX_OPTION = 2_000;

	static final int MAX_ANSWER = 500;

	static final int MAX_CATEGORY = 100;

	static final int MAX_OPTIONS = 20;

	static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

	private QuestionRules() {
	}

	/** Every reason the question cannot be stored; empty when it can. */
	static List<Problem> check(int row, QuestionDraft draft) {
		List<Problem> problems = new ArrayList<>();
		if (draft.text().isBlank()) {
			problems.add(problem(row, "quiz.error.textRequired"));
		}
		else if (draft.text().length() > MAX_TEXT) {
			problems.add(problem(row, "quiz.error.textTooLong", MAX_TEXT));
		}
		if (draft.category() != null && draft.category().strip().length() > MAX_CATEGORY) {
			problems.add(problem(row, "quiz.error.categoryTooLong", MAX_CATEGORY));
		}
		if (draft.points().signum() <= 0 || draft.points().compareTo(MAX_POINTS) > 0
				|| draft.points().stripTrailingZeros().scale() > 2) {
			problems.add(problem(row, "quiz.error.points"));
		}
		switch (draft.kind()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> options(row, draft, problems);
			case TRUE_FALSE -> {
				if (draft.trueAnswer() == null) {
					problems.add(problem(row, "quiz.error.trueFalseAnswer"));
				}
			}
			case SHORT_ANSWER -> {
				List<String> answers = draft.acceptedAnswers().stream().filter(a -> !a.isBlank()).toList();
				if (answers.isEmpty()) {
					problems.add(problem(row, "quiz.error.acceptedRequired"));
				}
				if (answers.stream().anyMatch(a -> a.strip().length() > MAX_ANSWER)) {
					problems.add(problem(row, "quiz.error.answerTooLong", MAX_ANSWER));
				}
			}
			case NUMERIC -> {
				if (draft.numericAnswer() == null) {
					problems.add(problem(row, "quiz.error.numberRequired"));
				}
				if (draft.tolerance() != null && draft.tolerance().signum() < 0) {
					problems.add(problem(row, "quiz.error.tolerance"));
				}
			}
		}
		return problems;
	}

	private static void options(int row, QuestionDraft draft, List<Problem> problems) {
		List<QuestionDraft.Option> options = draft.options();
		if (options.size() < 2) {
			problems.add(problem(row, "quiz.error.twoOptions"));
		}
		if (options.size() > MAX_OPTIONS) {
			problems.add(problem(row, "quiz.error.tooManyOptions", MAX_OPTIONS));
		}
		if (options.stream().anyMatch(option -> option.text().isBlank())) {
			problems.add(problem(row, "quiz.error.optionEmpty"));
		}
		if (options.stream().anyMatch(option -> option.text().length() > MAX_OPTION)) {
			problems.add(problem(row, "quiz.error.optionTooLong", MAX_OPTION));
		}
		long correct = options.stream().filter(QuestionDraft.Option::correct).count();
		if (draft.kind() == id.pelita.learning.QuestionKind.SINGLE_CHOICE && correct != 1) {
			problems.add(problem(row, "quiz.error.oneCorrect"));
		}
		if (draft.kind() == id.pelita.learning.QuestionKind.MULTIPLE_CHOICE && correct == 0) {
			problems.add(problem(row, "quiz.error.someCorrect"));
		}
	}

	static Problem problem(int row, String key, Object... args) {
		return new Problem(row, key, List.of(args));
	}

}
