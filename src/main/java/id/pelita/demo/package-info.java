/**
 * Demo data for the embedded default: the Banten province with its regencies, cities and OPDs, about 300
 * employees with valid NIPs, one account per role and a few courses. Deterministic and idempotent; never loaded
 * in the {@code prod} profile.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "agency", "catalog", "enrolment", "liveclass",
		"learning", "reporting" })
@NullMarked
package id.pelita.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
