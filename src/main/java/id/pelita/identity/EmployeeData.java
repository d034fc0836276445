package id.pelita.identity;

import org.jspecify.annotations.Nullable;

/**
 * An employee of a roster as a coordinator types or imports it. The NIP is raw input (spaces allowed); a null
 * agency means the coordinator's own agency for a new employee and "unchanged" for an existing one.
 */
public record EmployeeData(String nip, String fullName, @Nullable String rankGrade, @Nullable String position,
		@Nullable Long agencyId, @Nullable String email, @Nullable String phone) {
}
