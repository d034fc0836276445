package id.pelita.identity;

import java.time.Instant;

/** An employee of a roster and when their data last changed (the account's {@code updated_at}). */
public record EmployeeVersion(Employee employee, Instant updatedAt) {
}
