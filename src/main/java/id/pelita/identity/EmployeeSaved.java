package id.pelita.identity;

/** The account behind one saved row (by its position in the list) and whether it was created. */
public record EmployeeSaved(int index, long accountId, boolean created) {
}
