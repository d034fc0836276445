package id.pelita.identity;

/**
 * The account behind one saved row (by its position in the list): whether it was created, and for an existing
 * one whether anything changed.
 */
public record EmployeeSaved(int index, long accountId, boolean created, boolean changed) {
}
