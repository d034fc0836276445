package id.pelita.agency;

import org.jspecify.annotations.Nullable;

/** What an administrator fills in to add an agency. */
public record NewAgency(String code, String name, AgencyKind kind, @Nullable Long parentId) {
}
