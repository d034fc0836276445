package id.pelita.agency;

import id.pelita.identity.AccountStatus;
import org.jspecify.annotations.Nullable;

/** One employee in the roster list. */
public record RosterEntry(long accountId, @Nullable String nip, String fullName, @Nullable String rankGrade,
		@Nullable String position, long unitId, String unitCode, String unitName, @Nullable String email,
		AccountStatus status) {
}
