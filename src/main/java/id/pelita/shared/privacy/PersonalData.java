package id.pelita.shared.privacy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A module's part of a person's own data (UU PDP: the right to a copy). Each module that keeps personal data
 * contributes a bean that reads its own tables for one account; the download ({@code operations}) puts each
 * part's rows into {@code <name>.json} and its files beside them. A part reads only the given account's rows.
 */
public interface PersonalData {

	/** The part's name: the JSON file's name in the download ({@code profile}, {@code enrolments}, ...). */
	String name();

	/** The account's rows of this part, each a map of column to value. */
	List<Map<String, @Nullable Object>> rows(long accountId);

	/** Files of this part (certificate PDFs), by their name in the download and their storage path. */
	default List<PersonalFile> files(long accountId) {
		return List.of();
	}

	/** A stored file that belongs in the download. */
	record PersonalFile(String name, String storedPath) {
	}

	/** The rows with values that read the same in JSON on both engines: times as ISO text, numbers as numbers. */
	static List<Map<String, @Nullable Object>> plain(List<Map<String, Object>> rows) {
		return rows.stream().map(PersonalData::plain).toList();
	}

	private static Map<String, @Nullable Object> plain(Map<String, Object> row) {
		Map<String, @Nullable Object> plain = new LinkedHashMap<>();
		row.forEach((column, value) -> plain.put(column.toLowerCase(java.util.Locale.ROOT), plainValue(value)));
		return plain;
	}

	private static @Nullable Object plainValue(@Nullable Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
				|| value instanceof Integer || value instanceof BigDecimal) {
			return value;
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof Number number) {
			return number;
		}
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		return value.toString();
	}

}
