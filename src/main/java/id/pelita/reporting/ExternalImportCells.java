package id.pelita.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.pelita.shared.SpreadsheetReader;
import id.pelita.shared.UserFacingException;
import id.pelita.shared.i18n.Translations;

/**
 * The cells of a bulk upload as values: dates as YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY, or a date Excel keeps as a day
 * count; JP with a decimal comma or point; the form by its code or its label in either language. Each failure is a
 * reason naming the column and what it said.
 */
final class ExternalImportCells {

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
			DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
			DateTimeFormatter.ofPattern("d.M.uuuu"))
		.stream()
		.map(format -> format.withResolverStyle(ResolverStyle.STRICT))
		.toList();

	/** Day 0 of Excel's day counts (its 1900 system, with the leap-year bug of 1900 accounted for). */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private ExternalImportCells() {
	}

	static Optional<LocalDate> date(String cell, String column, List<UserFacingException> reasons) {
		String text = SpreadsheetReader.plain(cell).strip();
		if (text.isEmpty()) {
			reasons.add(new UserFacingException("jp.import.error.dateMissing", column));
			return Optional.empty();
		}
		if (SpreadsheetReader.isNumber(cell)) {
			try {
				long days = new BigDecimal(text).longValueExact();
				if (days > 0 && days < 2_958_466) {
					return Optional.of(EXCEL_EPOCH.plusDays(days));
				}
			}
			catch (ArithmeticException | NumberFormatException ex) {
				// not a whole day count: reported below
			}
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException ex) {
				// the next format may fit
			}
		}
		reasons.add(new UserFacingException("jp.import.error.date", column, text));
		return Optional.empty();
	}

	static Optional<BigDecimal> jp(String cell, List<UserFacingException> reasons) {
		String text = SpreadsheetReader.plain(cell).strip().replace(',', '.');
		try {
			return Optional.of(new BigDecimal(text));
		}
		catch (NumberFormatException ex) {
			reasons.add(new UserFacingException("jp.external.error.jp", ExternalTrainings.MAX_JP));
			return Optional.empty();
		}
	}

	static Optional<ExternalTrainingType> type(String text, Translations translations,
			List<UserFacingException> reasons) {
		String wanted = text.strip();
		for (ExternalTrainingType type : ExternalTrainingType.values()) {
			if (type.name().equalsIgnoreCase(wanted.replace(' ', '_').replace('-', '_'))) {
				return Optional.of(type);
			}
			for (Locale locale : Translations.LOCALES) {
				if (translations.translate(type.labelKey(), locale).equalsIgnoreCase(wanted)) {
					return Optional.of(type);
				}
			}
		}
		reasons.add(new UserFacingException("jp.import.error.type", wanted));
		return Optional.empty();
	}

}
