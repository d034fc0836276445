package id.pelita.agency;

import org.jspecify.annotations.Nullable;

/** What the roster list shows: a text in the name or NIP, one unit, one rank/grade; null means any. */
public record RosterFilter(@Nullable String text, @Nullable Long unitId, @Nullable String rankGrade) {

	public static final RosterFilter ALL = new RosterFilter(null, null, null);

}
