package id.pelita.learning.ui.quiz;

import java.math.BigDecimal;
import java.text.NumberFormat;

import id.pelita.shared.ui.UserContext;
import org.jspecify.annotations.Nullable;

/** Scores and points as the reader's language writes numbers (75,5 in Indonesian, 75.5 in English). */
final class QuizFormats {

	private QuizFormats() {
	}

	static String number(@Nullable BigDecimal value) {
		if (value == null) {
			return "-";
		}
		NumberFormat format = NumberFormat.getNumberInstance(UserContext.locale());
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

}
