package id.pelita.learning;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A participant's answers to the evaluation form.
 *
 * @param version and {@code instructors}: what the form showed (from {@link SurveyForm}), so that answers to a
 * form that changed meanwhile are refused instead of stored against other questions
 * @param ratings the rating 1-5 per Likert item, and per instructor for the instructor items
 * @param texts the free-text answers per item id; blank answers count as none
 */
public record SurveyAnswers(long version, List<String> instructors, Map<Rated, Integer> ratings,
		Map<Long, String> texts) {

	public SurveyAnswers {
		instructors = List.copyOf(instructors);
		ratings = Map.copyOf(ratings);
		texts = Map.copyOf(texts);
	}

	/** What a rating is of: an item, and for an instructor item the instructor's name. */
	public record Rated(long itemId, @Nullable String instructor) {

		public static Rated item(long itemId) {
			return new Rated(itemId, null);
		}

	}

}
