/**
 * The agency tree (province, regencies and cities, their OPDs), each coordinator's employee roster (list, search,
 * add and edit, switch off, CSV/XLSX import with a validation preview) and the per-agency API tokens of the REST
 * API. Provides identity's {@link id.pelita.identity.AgencyDirectory} and the security module's
 * {@link id.pelita.shared.security.ApiTokenAuthenticator}. An agency coordinator only ever sees their own agency
 * and the units below it.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity" })
@NullMarked
package id.pelita.agency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
