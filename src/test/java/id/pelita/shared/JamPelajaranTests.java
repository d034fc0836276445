package id.pelita.shared;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JamPelajaranTests {

	@Test
	void oneJpIsFortyFiveMinutes() {
		assertThat(JamPelajaran.of(8).duration()).isEqualTo(Duration.ofHours(6));
	}

	@Test
	void twentyJpMeetTheAnnualTarget() {
		assertThat(JamPelajaran.of(12).plus(JamPelajaran.of(6)).meetsAnnualTarget()).isFalse();
		assertThat(JamPelajaran.of(12).plus(JamPelajaran.of(8)).meetsAnnualTarget()).isTrue();
	}

	@Test
	void negativeJpAreRejected() {
		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> JamPelajaran.of(-1))
			.extracting(UserFacingException::messageKey)
			.isEqualTo("jp.error.negative");
	}

}
