/**
 * Accounts, roles, sign-in and the personal profile (NIP, name, rank, position, agency, contact, language and
 * time zone), the employee accounts of agency rosters and their activation links. Publishes
 * {@link id.pelita.identity.AccountCreated} and {@link id.pelita.identity.ActivationLinksIssued}. It knows
 * agencies only through the {@link id.pelita.identity.AgencyDirectory} that the agency module provides.
 */
@ApplicationModule(allowedDependencies = "shared")
package id.pelita.identity;

import org.springframework.modulith.ApplicationModule;
