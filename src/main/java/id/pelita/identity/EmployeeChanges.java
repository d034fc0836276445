package id.pelita.identity;

import java.time.Instant;
import java.util.List;

/**
 * One page of the employees whose data changed since a moment, for an HR system's synchronisation.
 *
 * @param employees this page's employees, in a stable order (by account)
 * @param total how many employees all pages hold
 * @param asOf when the page was read, by the application's clock
 */
public record EmployeeChanges(List<EmployeeVersion> employees, long total, Instant asOf) {
}
