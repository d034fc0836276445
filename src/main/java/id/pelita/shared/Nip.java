package id.pelita.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Nomor Induk Pegawai: the 18-digit number of a civil servant (PNS, and the same shape for PPPK). Digits 1-8 are
 * the birth date (YYYYMMDD), 9-14 the appointment month (YYYYMM), 15 the gender (1 male, 2 female) and 16-18 a
 * serial. Users often type it with spaces ({@code 19850312 201001 1 003}); they are ignored.
 */
public final class Nip implements Comparable<Nip> {

	private static final ZoneId CALENDAR_ZONE = ZoneId.of("Asia/Jakarta");

	private final String value;

	public enum Gender {

		MALE, FEMALE

	}

	private Nip(String value) {
		this.value = value;
	}

	/** Parses user input, ignoring spaces; the appointment month may not lie after {@code today}. */
	public static Nip parse(String input, LocalDate today) {
		String digits = normalise(input);
		validate(digits, YearMonth.from(today));
		return new Nip(digits);
	}

	/** Parses user input against today's date in Indonesia. */
	public static Nip parse(String input) {
		return parse(input, LocalDate.now(CALENDAR_ZONE));
	}

	/** Returns whether the input is a valid NIP, for filters that need no message. */
	public static boolean isValid(String input) {
		try {
			parse(input);
			return true;
		}
		catch (InvalidNip ex) {
			return false;
		}
	}

	private static String normalise(String input) {
		if (input == null || input.isBlank()) {
			throw new InvalidNip("nip.error.empty");
		}
		return input.replace(" ", "").replace("\u00a0", "").replace(".", "").replace("-", "").strip();
	}

	private static void validate(String digits, YearMonth currentMonth) {
		if (digits == null || digits.isEmpty()) {
			throw new InvalidNip("nip.error.empty");
		}
		if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new InvalidNip("nip.error.digits");
		}
		if (digits.length() != 18) {
			throw new InvalidNip("nip.error.length", digits.length());
		}
		LocalDate birthDate;
		try {
			birthDate = LocalDate.of(num(digits, 0, 4), num(digits, 4, 6), num(digits, 6, 8));
		}
		catch (DateTimeException ex) {
			throw new InvalidNip("nip.error.birthDate", digits.substring(0, 8));
		}
		YearMonth appointment;
		try {
			appointment = YearMonth.of(num(digits, 8, 12), num(digits, 12, 14));
		}
		catch (DateTimeException ex) {
			throw new InvalidNip("nip.error.appointmentDate", digits.substring(8, 14));
		}
		if (birthDate.getYear() < 1900 || YearMonth.from(birthDate).isAfter(currentMonth)) {
			throw new InvalidNip("nip.error.birthDate", digits.substring(0, 8));
		}
		if (appointment.isAfter(currentMonth)) {
			throw new InvalidNip("nip.error.appointmentFuture", digits.substring(8, 14));
		}
		if (appointment.atEndOfMonth().isBefore(birthDate.plusYears(18))) {
			throw new InvalidNip("nip.error.appointmentTooYoung", digits.substring(8, 14));
		}
		char gender = digits.charAt(14);
		if (gender != '1' && gender != '2') {
			throw new InvalidNip("nip.error.gender", String.valueOf(gender));
		}
	}

	private static int num(String digits, int from, int to) {
		return Integer.parseInt(digits, from, to, 10);
	}

	public LocalDate birthDate() {
		return LocalDate.of(num(this.value, 0, 4), num(this.value, 4, 6), num(this.value, 6, 8));
	}

	public YearMonth appointment() {
		return YearMonth.of(num(this.value, 8, 12), num(this.value, 12, 14));
	}

	public Gender gender() {
		return this.value.charAt(14) == '1' ? Gender.MALE : Gender.FEMALE;
	}

	/** The grouped form printed on documents: {@code 19850312 201001 1 003}. */
	public String formatted() {
		return this.value.substring(0, 8) + " " + this.value.substring(8, 14) + " " + this.value.charAt(14) + " "
				+ this.value.substring(15);
	}

	public String value() {
		return this.value;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Nip nip && nip.value.equals(this.value);
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public int compareTo(Nip other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

	/** Why a NIP was rejected; the message key names the reason. */
	public static final class InvalidNip extends UserFacingException {

		InvalidNip(String messageKey, Object... arguments) {
			super(messageKey, arguments);
		}

	}

}
