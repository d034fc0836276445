package id.pelita.identity;

import java.util.Set;

import id.pelita.shared.security.Role;
import org.jspecify.annotations.Nullable;

/** An account as the administrator's list shows it. */
public record AccountSummary(long id, String username, String fullName, @Nullable String nip, @Nullable String email,
		@Nullable Long agencyId, Set<Role> roles, AccountStatus status) {
}
