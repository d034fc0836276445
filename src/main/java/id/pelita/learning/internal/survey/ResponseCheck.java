package id.pelita.learning.internal.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pelita.learning.SurveyAnswers;
import id.pelita.learning.SurveyAnswers.Rated;
import id.pelita.learning.SurveyInstructor;
import id.pelita.learning.SurveyItem;
import id.pelita.learning.SurveySection;
import id.pelita.shared.UserFacingException;

/**
 * Checks a participant's answers against the survey as it stands and turns them into the rows to store: every
 * Likert item (and every instructor item for every instructor) rated 1-5, free text optional and at most
 * {@value #MAX_TEXT} characters, nothing about items or instructors the survey does not have.
 */
public final class ResponseCheck {

	public static final int MAX_TEXT = 2000;

	private ResponseCheck() {
	}

	/**
	 * The answers as rows, the instructor's stored id looked up by name.
	 * @throws UserFacingException the first problem found, before anything is stored
	 */
	public static List<SurveyStore.Answer> check(List<SurveyItem> items, List<SurveyInstructor> instructors,
			SurveyAnswers answers) {
		Map<Long, SurveyItem> byId = new java.util.HashMap<>();
		items.forEach(item -> byId.put(item.id(), item));
		Map<String, SurveyInstructor> byName = new java.util.HashMap<>();
		instructors.forEach(instructor -> byName.put(instructor.name(), instructor));
		for (Map.Entry<Rated, Integer> rating : answers.ratings().entrySet()) {
			SurveyItem item = byId.get(rating.getKey().itemId());
			String instructor = rating.getKey().instructor();
			boolean fits = item != null && item.section().likert()
					&& (item.section() == SurveySection.INSTRUCTOR ? instructor != null && byName.containsKey(instructor)
							: instructor == null);
			if (!fits) {
				throw new UserFacingException("survey.error.unknownItem");
			}
			Integer value = rating.getValue();
			if (value == null || value < 1 || value > 5) {
				throw new UserFacingException("survey.error.rating");
			}
		}
		for (Map.Entry<Long, String> text : answers.texts().entrySet()) {
			SurveyItem item = byId.get(text.getKey());
			if (item == null || item.section() != SurveySection.FREE_TEXT) {
				throw new UserFacingException("survey.error.unknownItem");
			}
			if (text.getValue() != null && text.getValue().strip().length() > MAX_TEXT) {
				throw new UserFacingException("survey.error.textTooLong", item.position(), MAX_TEXT);
			}
		}
		List<SurveyStore.Answer> rows = new ArrayList<>();
		int unanswered = 0;
		for (SurveyItem item : items) {
			switch (item.section()) {
				case ORGANISATION, MATERIALS -> {
					Integer value = answers.ratings().get(Rated.item(item.id()));
					if (value == null) {
						unanswered++;
					}
					else {
						rows.add(new SurveyStore.Answer(item.id(), null, value, null));
					}
				}
				case INSTRUCTOR -> {
					for (SurveyInstructor instructor : instructors) {
						Integer value = answers.ratings().get(new Rated(item.id(), instructor.name()));
						if (value == null) {
							unanswered++;
						}
						else {
							rows.add(new SurveyStore.Answer(item.id(), instructor.id(), value, null));
						}
					}
				}
				case FREE_TEXT -> {
					String text = answers.texts().get(item.id());
					if (text != null && !text.isBlank()) {
						rows.add(new SurveyStore.Answer(item.id(), null, null, text.strip()));
					}
				}
			}
		}
		if (unanswered > 0) {
			throw new UserFacingException("survey.error.unanswered", unanswered);
		}
		return rows;
	}

}
