/**
 * Enrolments in course runs: seats that are never oversold, the waitlist, agency nominations of monthly cohorts,
 * approvals and roster imports. Publishes {@code EnrolmentConfirmed} and {@code EnrolmentCancelled}.
 */
@ApplicationModule(allowedDependencies = { "shared", "catalog", "agency", "identity" })
package id.pelita.enrolment;

import org.springframework.modulith.ApplicationModule;
