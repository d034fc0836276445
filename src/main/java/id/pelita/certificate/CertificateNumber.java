package id.pelita.certificate;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pelita.shared.UserFacingException;

/**
 * A numbering pattern such as {@code {seq}/{courseCode}/BPSDM/{romanMonth}/{year}}: the sequence runs gap-free per
 * pattern and year. Placeholders: {@code {seq}} (required; {@code {seq:4}} pads to four digits), {@code {courseCode}},
 * {@code {month}}, {@code {romanMonth}}, {@code {year}}.
 */
public record CertificateNumber(String pattern) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?::(\\d))?}");

	private static final Set<String> KNOWN = Set.of("seq", "courseCode", "month", "romanMonth", "year");

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };

	public CertificateNumber {
		if (pattern == null || pattern.isBlank() || pattern.length() > 120) {
			throw new UserFacingException("certificate.numbering.error.length");
		}
		pattern = pattern.strip();
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		boolean seq = false;
		while (matcher.find()) {
			if (!KNOWN.contains(matcher.group(1))) {
				throw new UserFacingException("certificate.numbering.error.placeholder", matcher.group());
			}
			seq |= matcher.group(1).equals("seq");
		}
		if (!seq) {
			throw new UserFacingException("certificate.numbering.error.noSeq");
		}
	}

	/** The number for this sequence value, course and date of issue. */
	public String format(long sequence, String courseCode, LocalDate issuedOn) {
		Matcher matcher = PLACEHOLDER.matcher(this.pattern);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String value = switch (matcher.group(1)) {
				case "seq" -> matcher.group(2) == null ? String.valueOf(sequence)
						: String.format("%0" + matcher.group(2) + "d", sequence);
				case "courseCode" -> courseCode;
				case "month" -> String.format("%02d", issuedOn.getMonthValue());
				case "romanMonth" -> ROMAN[issuedOn.getMonthValue() - 1];
				default -> String.valueOf(issuedOn.getYear());
			};
			matcher.appendReplacement(result, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
