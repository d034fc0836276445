package id.pelita.agency;

import java.time.Instant;

/** A roster employee as an HR system reads them back, with when their data last changed. */
public record SyncedEmployee(RosterEmployee employee, Instant updatedAt) {
}
