package id.pelita.catalog.internal;

import java.time.Instant;
import java.time.LocalDate;

import id.pelita.catalog.EnrolmentMode;
import id.pelita.catalog.RunStatus;

/** A run read as a plain row, for lists: no entity, no lazy collection. */
public record RunRow(long id, long courseId, String name, LocalDate month, Instant registrationOpensAt,
		Instant registrationClosesAt, LocalDate startsOn, LocalDate endsOn, int seats, EnrolmentMode enrolmentMode,
		RunStatus status) {

	public static RunRow of(CourseRun run) {
		return new RunRow(run.getId(), run.getCourseId(), run.getName(), run.getMonth(), run.getRegistrationOpensAt(),
				run.getRegistrationClosesAt(), run.getStartsOn(), run.getEndsOn(), run.getSeats(),
				run.getEnrolmentMode(), run.getStatus());
	}

}
