package id.pelita.learning.internal.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pelita.learning.RatingSummary;
import id.pelita.learning.SurveyInstructor;
import id.pelita.learning.SurveyItem;
import id.pelita.learning.SurveyReport.InstructorResult;
import id.pelita.learning.SurveyReport.ItemResult;
import id.pelita.learning.SurveyReport.TextResult;
import id.pelita.learning.SurveySection;
import org.jspecify.annotations.Nullable;

/**
 * Turns the stored counts (how often each rating was given per item and instructor) into the figures of a report.
 * Pure: the figures of a survey can be checked against hand-computed ones.
 */
public final class SurveyTally {

	private final List<SurveyItem> items;

	private final Map<Key, int[]> counts = new HashMap<>();

	public SurveyTally(List<SurveyItem> items, List<SurveyStore.RatingCount> ratings) {
		this.items = List.copyOf(items);
		for (SurveyStore.RatingCount rating : ratings) {
			this.counts.computeIfAbsent(new Key(rating.itemId(), rating.instructorId()), key -> new int[5])[rating
				.rating() - 1] += rating.answers();
		}
	}

	/** The items of an organisation or materials section with their figures. */
	public List<ItemResult> section(SurveySection section) {
		return this.items.stream()
			.filter(item -> item.section() == section)
			.map(item -> new ItemResult(item, null, summary(item.id(), null)))
			.toList();
	}

	/** Per instructor, each instructor item with that instructor's figures. */
	public List<InstructorResult> instructors(List<SurveyInstructor> instructors) {
		List<InstructorResult> results = new ArrayList<>();
		for (SurveyInstructor instructor : instructors) {
			results.add(new InstructorResult(instructor.name(), this.items.stream()
				.filter(item -> item.section() == SurveySection.INSTRUCTOR)
				.map(item -> new ItemResult(item, instructor.name(), summary(item.id(), instructor.id())))
				.toList()));
		}
		return results;
	}

	/** Each free-text question with its answers. */
	public List<TextResult> texts(Map<Long, List<String>> answers) {
		return this.items.stream()
			.filter(item -> item.section() == SurveySection.FREE_TEXT)
			.map(item -> new TextResult(item, answers.getOrDefault(item.id(), List.of())))
			.toList();
	}

	private RatingSummary summary(long itemId, @Nullable Long instructorId) {
		int[] found = this.counts.get(new Key(itemId, instructorId));
		return found == null ? RatingSummary.NONE : RatingSummary.of(found.clone());
	}

	private record Key(long itemId, @Nullable Long instructorId) {
	}

}
