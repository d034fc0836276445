package id.pelita.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import id.pelita.shared.JamPelajaran;

/**
 * A run (Angkatan) of a course with the facts other modules need: dates, seats, seats reserved per agency,
 * enrolment mode and its status as of the moment it was read.
 *
 * @param status the status as of reading: a published run whose registration has closed reads as
 * {@link RunStatus#REGISTRATION_CLOSED}, then {@link RunStatus#RUNNING} and {@link RunStatus#FINISHED}
 * @param registrationOpen whether people may enrol or be nominated at the moment of reading
 * @param agencySeats seats reserved per agency id; agencies not listed share what is left
 */
public record RunDetails(long id, long courseId, String courseTitle, String courseCode, CompetencyType competencyType,
		String category, JamPelajaran jp, String name, YearMonth month, Instant registrationOpensAt,
		Instant registrationClosesAt, LocalDate startsOn, LocalDate endsOn, int seats, Map<Long, Integer> agencySeats,
		EnrolmentMode enrolmentMode, RunStatus status, boolean registrationOpen) {

	/** Seats reserved for the agency, if any. */
	public Integer seatsReservedFor(long agencyId) {
		return this.agencySeats.get(agencyId);
	}

}
