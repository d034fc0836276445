/**
 * The JP ledger, agency and organiser dashboards, exports and the read-only REST API. It reads every other module
 * and changes none.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "agency", "catalog", "enrolment", "liveclass",
		"learning", "certificate" })
package id.pelita.reporting;

import org.springframework.modulith.ApplicationModule;
