package id.pelita.shared.security;

import java.util.Optional;

/**
 * Turns the bearer token of a REST API call into the user the call acts as. The agency module implements it with
 * its per-agency API tokens, so the security configuration does not depend on that module.
 */
public interface ApiTokenAuthenticator {

	/** The user of a valid, unrevoked token; empty for anything else. */
	Optional<PelitaUser> authenticate(String bearerToken);

}
