package id.pelita.reporting;

import org.jspecify.annotations.Nullable;

/** An external entry in the coordinator's lists, with the employee it belongs to. */
public record AgencyExternalEntry(ExternalEntry entry, @Nullable String nip, String fullName) {
}
