package id.pelita.reporting;

import org.jspecify.annotations.Nullable;

/**
 * What the coordinator's list of external entries shows: one year, optionally one status, and a text matched
 * against the employee's name and NIP and the training's title.
 */
public record ExternalEntryFilter(int year, ExternalEntry.@Nullable Status status, @Nullable String text) {
}
