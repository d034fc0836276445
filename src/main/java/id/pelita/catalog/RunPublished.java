package id.pelita.catalog;

import java.time.Instant;
import java.time.YearMonth;

/** A run was published: it appears in the catalogue and takes enrolments from its registration opening. */
public record RunPublished(long runId, long courseId, YearMonth month, int seats, Instant registrationOpensAt,
		Instant registrationClosesAt) {
}
