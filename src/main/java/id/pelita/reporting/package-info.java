/**
 * The JP ledger ({@link id.pelita.reporting.JpLedger}: credited from the certificate module's
 * {@code CertificateIssued} and {@code CertificateRevoked}), agency and organiser dashboards, exports and the
 * read-only REST API. It reads every other module and changes none; it implements notification's
 * {@code JpTotals} port for the monthly agency digest.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "agency", "catalog", "enrolment", "liveclass",
		"learning", "certificate", "notification" })
@NullMarked
package id.pelita.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
