/**
 * Enrolments in course runs: seats that are never oversold (one locked counter row per run, seats reserved per agency,
 * a unique enrolment per person and run), the waitlist with automatic promotion, agency nominations of cohorts (kept
 * per batch, so that a result can be read again), approvals of self-enrolments, organisers' changes by hand with their
 * audit, and the participant list as CSV or XLSX. One service per audience: {@link
 * id.pelita.enrolment.ParticipantEnrolments} (the participant's own), {@link id.pelita.enrolment.AgencyEnrolments}
 * (coordinators' approvals and nominations), {@link id.pelita.enrolment.RunParticipants} (organisers' lists) and
 * {@link id.pelita.enrolment.Waitlist} (promotion); {@code RunRoster} and {@code ReservedSeats} give other modules
 * facts. Implements the catalogue's {@code SeatAvailability}. Publishes {@code EnrolmentConfirmed}, {@code
 * EnrolmentWaitlisted}, {@code EnrolmentPromoted}, {@code EnrolmentRejected}, {@code EnrolmentCancelled} and, for a
 * whole cohort, {@code CohortNominated}.
 */
@ApplicationModule(allowedDependencies = { "shared", "catalog", "agency", "identity" })
@NullMarked
package id.pelita.enrolment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
