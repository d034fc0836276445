package id.pelita.shared.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/** The month a page shows, kept in its URL as {@code ?bulan=2026-12}. */
public final class MonthParameter {

	public static final String NAME = "bulan";

	private MonthParameter() {
	}

	/** The month of the parameter's value, or {@code null} when it is no month. */
	public static @Nullable YearMonth parse(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
