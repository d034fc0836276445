package id.pelita.reporting;

/**
 * The agency's people in the runs of one month (by the run's month): put forward (every enrolment, nominated or
 * enrolled themselves), confirmed (holding a seat), completed, and confirmed in a run that has ended without
 * completing it.
 */
public record MonthlyParticipation(int month, long nominated, long confirmed, long completed, long notCompleted) {
}
