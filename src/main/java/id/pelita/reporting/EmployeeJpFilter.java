package id.pelita.reporting;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the below-target list: a unit (with the units below it), a rank and a position, each optional.
 */
public record EmployeeJpFilter(@Nullable Long unitId, @Nullable String rankGrade, @Nullable String position) {

	public static final EmployeeJpFilter NONE = new EmployeeJpFilter(null, null, null);

}
