/**
 * Accounts, roles, sign-in and the personal profile (NIP, name, rank, position, agency, contact, language and
 * time zone), the employee accounts of agency rosters and their activation links, and forgotten-password links.
 * Publishes {@link id.pelita.identity.AccountCreated}, {@link id.pelita.identity.ActivationLinksIssued} and
 * {@link id.pelita.identity.PasswordResetRequested}. It knows agencies only through the
 * {@link id.pelita.identity.AgencyDirectory} that the agency module provides; other modules add sections to the
 * profile page through {@link id.pelita.identity.ProfileSection}.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package id.pelita.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
