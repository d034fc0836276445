package id.pelita.identity;

import org.jspecify.annotations.Nullable;

/** An account was created, by an administrator, an import or the first start. */
public record AccountCreated(long accountId, String username, @Nullable String email, @Nullable Long agencyId,
		AccountStatus status) {
}
