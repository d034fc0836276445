package id.pelita.learning.internal.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pelita.learning.QuestionStatistics;
import id.pelita.learning.internal.quiz.AttemptStore.SlotScore;

/**
 * Per-question statistics as Moodle's quiz statistics report computes them, over the given submitted attempts:
 * <ul>
 * <li><b>facility index</b> F = mean of the question's marks / its maximum mark x 100 (%);</li>
 * <li><b>discrimination index</b> D = 100 x the correlation (Pearson) between the question's marks and the
 * marks for the rest of the test (the attempt's total less this question's), over the attempts that had the
 * question; undefined (null) when either varies not at all or fewer than two attempts had it.</li>
 * </ul>
 */
public final class QuizStatistics {

	private QuizStatistics() {
	}

	/** One result per question, in the order questions first appear. */
	public static List<QuestionStatistics> of(Collection<SlotScore> slots) {
		Map<Long, Double> totals = new HashMap<>();
		Set<Long> questions = new LinkedHashSet<>();
		Map<Long, List<SlotScore>> byQuestion = new HashMap<>();
		for (SlotScore slot : slots) {
			totals.merge(slot.attemptId(), slot.awarded().doubleValue(), Double::sum);
			questions.add(slot.questionId());
			byQuestion.computeIfAbsent(slot.questionId(), id -> new ArrayList<>()).add(slot);
		}
		List<QuestionStatistics> result = new ArrayList<>();
		for (long questionId : questions) {
			List<SlotScore> mine = byQuestion.get(questionId);
			int n = mine.size();
			double[] x = new double[n];
			double[] rest = new double[n];
			double sumX = 0;
			double sumMax = 0;
			for (int i = 0; i < n; i++) {
				SlotScore slot = mine.get(i);
				x[i] = slot.awarded().doubleValue();
				rest[i] = totals.get(slot.attemptId()) - x[i];
				sumX += x[i];
				sumMax += slot.maxPoints().doubleValue();
			}
			BigDecimal facility = sumMax == 0 ? null : round(100 * sumX / sumMax);
			result.add(new QuestionStatistics(questionId, n, facility, round(100 * correlation(x, rest))));
		}
		return result;
	}

	/** Pearson's r, or NaN when undefined. */
	static double correlation(double[] x, double[] y) {
		int n = x.length;
		if (n < 2) {
			return Double.NaN;
		}
		double meanX = 0;
		double meanY = 0;
		for (int i = 0; i < n; i++) {
			meanX += x[i] / n;
			meanY += y[i] / n;
		}
		double cov = 0;
		double varX = 0;
		double varY = 0;
		for (int i = 0; i < n; i++) {
			cov += (x[i] - meanX) * (y[i] - meanY);
			varX += (x[i] - meanX) * (x[i] - meanX);
			varY += (y[i] - meanY) * (y[i] - meanY);
		}
		if (varX < 1e-12 || varY < 1e-12) {
			return Double.NaN;
		}
		return cov / Math.sqrt(varX * varY);
	}

	private static BigDecimal round(double value) {
		return Double.isNaN(value) ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

}
