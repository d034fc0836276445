package id.pelita.learning;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The evaluation form as a participant fills it in.
 *
 * @param version the survey's version when the form was read; a submission of an older version is refused
 * @param instructors the names of the instructors, each rated on every {@link SurveySection#INSTRUCTOR} item
 * @param submittedAt when the person submitted; {@code null} while they have not
 */
public record SurveyForm(long moduleId, long runId, String courseTitle, String runName, String title, long version,
		List<SurveyItem> items, List<String> instructors, @Nullable Instant submittedAt) {

	public List<SurveyItem> itemsOf(SurveySection section) {
		return this.items.stream().filter(item -> item.section() == section).toList();
	}

	public boolean submitted() {
		return this.submittedAt != null;
	}

}
