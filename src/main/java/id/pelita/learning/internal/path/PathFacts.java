package id.pelita.learning.internal.path;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pelita.learning.internal.AssessmentOutcome;
import id.pelita.learning.internal.AssessmentProgress;
import id.pelita.liveclass.AttendanceFacts;
import id.pelita.liveclass.PersonRunAttendance;

import org.springframework.stereotype.Component;

/**
 * Gathers what is known of people in a run: progress rows, the outcomes every assessment part reports (quizzes,
 * the survey; none until those parts exist) and attendance from liveclass. For many people at once in a few queries
 * (the progress matrix).
 */
@Component
public class PathFacts {

	private final ProgressStore progress;

	private final List<AssessmentProgress> assessments;

	private final AttendanceFacts attendance;

	PathFacts(ProgressStore progress, List<AssessmentProgress> assessments, AttendanceFacts attendance) {
		this.progress = progress;
		this.assessments = assessments;
		this.attendance = attendance;
	}

	public PersonFacts of(long runId, long accountId) {
		Map<Long, AssessmentOutcome> outcomes = new HashMap<>();
		this.assessments.forEach(part -> outcomes.putAll(part.outcomes(runId, accountId)));
		List<ProgressStore.Row> rows = this.progress.ofRun(runId, accountId).getOrDefault(accountId, List.of());
		return new PersonFacts(byModule(rows), outcomes, this.attendance.ofPerson(runId, accountId));
	}

	/** The facts of each of these people (every one has an entry, in the given order). */
	public Map<Long, PersonFacts> of(long runId, Collection<Long> accountIds) {
		Map<Long, Map<Long, AssessmentOutcome>> outcomes = new HashMap<>();
		if (!accountIds.isEmpty()) {
			this.assessments.forEach(part -> part.outcomes(runId, accountIds)
				.forEach((accountId, mine) -> outcomes.computeIfAbsent(accountId, id -> new HashMap<>())
					.putAll(mine)));
		}
		Map<Long, List<ProgressStore.Row>> rows = this.progress.ofRun(runId, null);
		Map<Long, PersonRunAttendance> attended = this.attendance.ofPeople(runId, accountIds);
		Map<Long, PersonFacts> facts = new LinkedHashMap<>();
		for (long accountId : accountIds) {
			facts.put(accountId, new PersonFacts(byModule(rows.getOrDefault(accountId, List.of())),
					outcomes.getOrDefault(accountId, Map.of()), attended.get(accountId)));
		}
		return facts;
	}

	private static Map<Long, ProgressStore.Row> byModule(List<ProgressStore.Row> rows) {
		Map<Long, ProgressStore.Row> byModule = new HashMap<>();
		rows.forEach(row -> byModule.put(row.moduleId(), row));
		return byModule;
	}

}
