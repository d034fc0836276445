package id.pelita.shared;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NipTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void acceptsNipTypedWithSpaces() {
		Nip nip = Nip.parse("19850312 201001 1 003", TODAY);
		assertThat(nip.value()).isEqualTo("198503122010011003");
		assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
		assertThat(nip.appointment()).isEqualTo(YearMonth.of(2010, 1));
		assertThat(nip.gender()).isEqualTo(Nip.Gender.MALE);
		assertThat(nip.formatted()).isEqualTo("19850312 201001 1 003");
	}

	@Test
	void equalNipsTypedDifferentlyAreEqual() {
		assertThat(Nip.parse("19850312 201001 2 003", TODAY)).isEqualTo(Nip.parse("198503122010012003", TODAY))
			.extracting(Nip::gender)
			.isEqualTo(Nip.Gender.FEMALE);
	}

	@ParameterizedTest(name = "{0} is rejected: {1}")
	@CsvSource({ "'', nip.error.empty", "'   ', nip.error.empty", "1985031220100110, nip.error.length",
			"1985031220100110031, nip.error.length", "19850312201001100A, nip.error.digits",
			"198502302010011003, nip.error.birthDate", "198513012010011003, nip.error.birthDate",
			"198503122010131003, nip.error.appointmentDate", "198503122027011003, nip.error.appointmentFuture",
			"198503122002011003, nip.error.appointmentTooYoung", "198503122010013003, nip.error.gender",
			"198503122010010003, nip.error.gender", "203001012010011003, nip.error.birthDate" })
	void rejectsWithTheReason(String input, String reason) {
		assertThatExceptionOfType(Nip.InvalidNip.class).isThrownBy(() -> Nip.parse(input, TODAY))
			.extracting(UserFacingException::messageKey)
			.isEqualTo(reason);
	}

	@Test
	void appointmentInTheCurrentMonthIsAccepted() {
		assertThat(Nip.parse("200001012026111001", TODAY).appointment()).isEqualTo(YearMonth.of(2026, 11));
	}

	@Test
	void appointmentInTheMonthOfTheEighteenthBirthdayIsAccepted() {
		assertThat(Nip.isValid("198503122003031003")).isTrue();
		assertThat(Nip.isValid("198503122003021003")).isFalse();
	}

	@Test
	void lengthMessageNamesTheDigitsCounted() {
		assertThatExceptionOfType(Nip.InvalidNip.class).isThrownBy(() -> Nip.parse("19850312 2010", TODAY))
			.satisfies(ex -> assertThat(ex.arguments()).containsExactly(12));
	}

}
