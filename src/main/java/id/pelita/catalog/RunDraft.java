package id.pelita.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

/**
 * What an organiser fills in for a run. Registration times are wall-clock times in the organiser's zone.
 *
 * @param agencySeats optional seats reserved per agency id
 */
public record RunDraft(long courseId, String name, YearMonth month, LocalDateTime registrationOpens,
		LocalDateTime registrationCloses, LocalDate startsOn, LocalDate endsOn, int seats,
		Map<Long, Integer> agencySeats, EnrolmentMode enrolmentMode) {
}
