package id.pelita.identity.internal;

import id.pelita.identity.AccountStatus;
import org.jspecify.annotations.Nullable;

/** The facts of an account other modules look up, read without loading the entity (see {@code PersonDirectory}). */
public record PersonRow(long id, @Nullable String nip, String fullName, @Nullable String rankGrade,
		@Nullable String position, @Nullable Long agencyId, @Nullable String email, AccountStatus status,
		String language) {
}
