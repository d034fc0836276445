package id.pelita.identity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A person as other modules need them: who, which agency, how to reach them, whether they may sign in. */
public record PersonRef(long accountId, @Nullable String nip, String fullName, @Nullable String rankGrade,
		@Nullable String position, @Nullable Long agencyId, @Nullable String email, AccountStatus status,
		Locale language) {
}
