package id.pelita.learning;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A survey as its editor shows it.
 *
 * @param runId the run of a run's copy; {@code null} for the course's template, which every new run copies
 * @param instructorsFixed whether the organiser (or the first response) fixed the instructors; otherwise they
 * follow the run's live sessions
 * @param accountNames the names of the accounts linked to instructors, by account id
 * @param responses how many responses there are; with one or more the survey can no longer change
 */
public record SurveyDefinition(long moduleId, long courseId, @Nullable Long runId, String courseTitle,
		@Nullable String runName, String title, List<SurveyItem> items, List<SurveyInstructor> instructors,
		boolean instructorsFixed, Map<Long, String> accountNames, int responses) {

	public boolean editable() {
		return this.responses == 0;
	}

	public List<SurveyItem> itemsOf(SurveySection section) {
		return this.items.stream().filter(item -> item.section() == section).toList();
	}

}
