/**
 * The course catalogue: courses with their competency type, JP and passing rules, and (later) their monthly runs
 * (Angkatan). Publishes {@code RunPublished} once runs exist.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity" })
package id.pelita.catalog;

import org.springframework.modulith.ApplicationModule;
