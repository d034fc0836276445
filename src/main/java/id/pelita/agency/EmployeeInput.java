package id.pelita.agency;

import org.jspecify.annotations.Nullable;

/**
 * An employee as the coordinator types, imports or sends them through the API: the NIP (spaces allowed), name,
 * rank and grade, position, the code of their unit within the coordinator's agency (none: the agency itself for
 * a new employee, unchanged for an existing one), e-mail and phone.
 */
public record EmployeeInput(String nip, String fullName, @Nullable String rankGrade, @Nullable String position,
		@Nullable String unitCode, @Nullable String email, @Nullable String phone) {
}
