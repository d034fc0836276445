package id.pelita.agency;

import org.jspecify.annotations.Nullable;

/** An agency as lists and the tree show it. */
public record AgencySummary(long id, String code, String name, AgencyKind kind, @Nullable Long parentId,
		boolean active) {
}
