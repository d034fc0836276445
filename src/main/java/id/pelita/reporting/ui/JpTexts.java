package id.pelita.reporting.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** JP figures and training dates as the JP pages show them, in the user's language. */
final class JpTexts {

	private JpTexts() {
	}

	static String jp(BigDecimal jp, Locale locale) {
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(2);
		return number.format(jp);
	}

	/** One day, or the first and last day of a training. */
	static String dates(LocalDate start, LocalDate end, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		return start.equals(end) ? format.format(start) : format.format(start) + " \u2013 " + format.format(end);
	}

}
