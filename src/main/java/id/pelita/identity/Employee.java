package id.pelita.identity;

import org.jspecify.annotations.Nullable;

/** An employee account of a roster, with everything its edit form shows. */
public record Employee(long accountId, String nip, String fullName, @Nullable String rankGrade,
		@Nullable String position, @Nullable Long agencyId, @Nullable String email, @Nullable String phone,
		AccountStatus status) {
}
