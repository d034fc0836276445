package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.learning.BankQuestion;
import id.pelita.learning.QuizModule;
import id.pelita.learning.QuizSelection;
import id.pelita.learning.QuizSettings;
import id.pelita.learning.internal.quiz.AttemptStore.NewSlot;

/** Which questions a new attempt gets, in which order, and the order of each question's options. */
public final class QuizAttemptPlanner {

	private QuizAttemptPlanner() {
	}

	/** The questions an attempt of the quiz may draw: the fixed ones in their order, or all of its categories. */
	public static List<BankQuestion> candidates(QuestionStore questions, QuizModule module) {
		QuizSettings settings = Objects.requireNonNull(module.settings());
		if (settings.selection() == QuizSelection.FIXED) {
			Map<Long, BankQuestion> byId = questions.ofIds(settings.fixedQuestionIds())
				.stream()
				.collect(Collectors.toMap(BankQuestion::id, Function.identity()));
			return settings.fixedQuestionIds().stream().filter(byId::containsKey).map(byId::get).toList();
		}
		return questions.ofIds(questions.idsInCategories(module.courseId(), settings.categoryIds()));
	}

	/** How many questions an attempt of the quiz gets. */
	public static int questionCount(QuestionStore questions, QuizModule module) {
		QuizSettings settings = Objects.requireNonNull(module.settings());
		if (settings.selection() == QuizSelection.FIXED) {
			return settings.fixedQuestionIds().size();
		}
		int available = questions.idsInCategories(module.courseId(), settings.categoryIds()).size();
		return settings.drawCount() == null ? available : Math.min(available, settings.drawCount());
	}

	/**
	 * @param candidates the fixed questions in their order, or every question of the chosen categories
	 */
	public static List<NewSlot> plan(QuizSettings settings, List<BankQuestion> candidates, Random random) {
		List<BankQuestion> chosen = new ArrayList<>(candidates);
		if (settings.selection() == QuizSelection.RANDOM) {
			Collections.shuffle(chosen, random);
			int count = settings.drawCount() == null ? chosen.size() : Math.min(settings.drawCount(), chosen.size());
			chosen = new ArrayList<>(chosen.subList(0, count));
			if (!settings.shuffleQuestions()) {
				chosen.sort(Comparator.comparingLong(BankQuestion::id));
			}
		}
		else if (settings.shuffleQuestions()) {
			Collections.shuffle(chosen, random);
		}
		List<NewSlot> slots = new ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			BankQuestion question = chosen.get(i);
			List<Long> options = new ArrayList<>(question.options().stream().map(BankQuestion.BankOption::id).toList());
			if (settings.shuffleOptions()) {
				Collections.shuffle(options, random);
			}
			String order = options.isEmpty() ? null
					: options.stream().map(String::valueOf).collect(Collectors.joining(","));
			slots.add(new NewSlot(i + 1, question.id(), order, question.points()));
		}
		return slots;
	}

	public static BigDecimal maxPoints(List<NewSlot> slots) {
		return slots.stream().map(NewSlot::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
