/**
 * The agency tree (province, regencies and cities, their OPDs) and, later, each agency's employee roster and
 * coordinators. Provides identity's {@link id.pelita.identity.AgencyDirectory}. An agency coordinator only ever
 * sees their own agency and the units below it.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity" })
package id.pelita.agency;

import org.springframework.modulith.ApplicationModule;
