package id.pelita.learning;

import java.util.ArrayList;
import java.util.List;

/**
 * The results of a run's survey, only ever in aggregate: per item the distribution of ratings and its mean, per
 * instructor the same for each of their items and overall, and the free-text answers without names, in no
 * telling order.
 *
 * @param responses how many responded
 * @param withheld whether the figures are held back (an instructor's view before enough responses exist); the
 * lists are then empty
 * @param texts empty in an instructor's view
 */
public record SurveyReport(long moduleId, long runId, String courseTitle, String runName, String title,
		int responses, boolean withheld, List<ItemResult> organisation, List<ItemResult> materials,
		List<InstructorResult> instructors, List<TextResult> texts) {

	/** All ratings of the organisation items together. */
	public RatingSummary organisationOverall() {
		return RatingSummary.sum(this.organisation.stream().map(ItemResult::summary).toList());
	}

	public RatingSummary materialsOverall() {
		return RatingSummary.sum(this.materials.stream().map(ItemResult::summary).toList());
	}

	/** The items in sheet order: organisation, materials, then each instructor's. */
	public List<ItemResult> allRated() {
		List<ItemResult> all = new ArrayList<>(this.organisation);
		all.addAll(this.materials);
		this.instructors.forEach(instructor -> all.addAll(instructor.items()));
		return all;
	}

	/** @param instructor the instructor's name for an instructor item, {@code null} otherwise */
	public record ItemResult(SurveyItem item, @org.jspecify.annotations.Nullable String instructor,
			RatingSummary summary) {
	}

	public record InstructorResult(String name, List<ItemResult> items) {

		public RatingSummary overall() {
			return RatingSummary.sum(this.items.stream().map(ItemResult::summary).toList());
		}

	}

	public record TextResult(SurveyItem item, List<String> answers) {
	}

}
