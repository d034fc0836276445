package id.pelita.identity;

import id.pelita.shared.UserFacingException;

/**
 * What is wrong with one field of one row of a roster: {@code index} is the row's position in the list that was
 * checked, {@code field} the field's API name (nip, name, rankGrade, position, unitCode, email, phone).
 */
public record EmployeeProblem(int index, String field, UserFacingException reason) {
}
