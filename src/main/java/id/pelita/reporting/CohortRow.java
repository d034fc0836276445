package id.pelita.reporting;

import java.time.YearMonth;

/** The agency's people in one run: the cohort report's line (same counts as {@link MonthlyParticipation}). */
public record CohortRow(long runId, YearMonth month, String runName, String courseTitle, long nominated,
		long confirmed, long completed, long notCompleted) {
}
