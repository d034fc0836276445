package id.pelita.catalog;

import java.time.YearMonth;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The participant's catalogue filter: months (empty means this month and next), competency type, category, JP
 * range and free text over title and description.
 */
public record CatalogueFilter(Set<YearMonth> months, @Nullable CompetencyType competencyType,
		@Nullable String category, @Nullable Integer minJp, @Nullable Integer maxJp, @Nullable String text) {

	public static CatalogueFilter none() {
		return new CatalogueFilter(Set.of(), null, null, null, null, null);
	}

}
