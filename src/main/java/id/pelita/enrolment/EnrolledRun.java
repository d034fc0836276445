package id.pelita.enrolment;

import java.time.LocalDate;

import id.pelita.catalog.RunDetails;

/** The facts of a run that enrolment events carry, so that listeners need not look the run up. */
public record EnrolledRun(long runId, String courseTitle, String runName, LocalDate startsOn, LocalDate endsOn) {

	public static EnrolledRun of(RunDetails run) {
		return new EnrolledRun(run.id(), run.courseTitle(), run.name(), run.startsOn(), run.endsOn());
	}

}
