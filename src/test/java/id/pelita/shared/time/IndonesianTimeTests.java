package id.pelita.shared.time;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianTimeTests {

	private static final Instant NOV_3_2022_0200_UTC = Instant.parse("2022-11-03T02:00:00Z");

	@Test
	void writesDatesTheIndonesianWay() {
		assertThat(IndonesianTime.dateTime(NOV_3_2022_0200_UTC, IndonesianTime.WIB, Locale.forLanguageTag("id")))
			.isEqualTo("Kamis, 3 November 2022 09.00 WIB");
	}

	@Test
	void showsTheSameInstantInEachZoneWithItsLabel() {
		Locale id = Locale.forLanguageTag("id");
		assertThat(IndonesianTime.time(NOV_3_2022_0200_UTC, IndonesianTime.WITA, id)).isEqualTo("10.00 WITA");
		assertThat(IndonesianTime.time(NOV_3_2022_0200_UTC, IndonesianTime.WIT, id)).isEqualTo("11.00 WIT");
	}

	@Test
	void writesEnglishDatesForEnglishReaders() {
		assertThat(IndonesianTime.dateTime(NOV_3_2022_0200_UTC, IndonesianTime.WIB, Locale.ENGLISH))
			.isEqualTo("Thursday, 3 November 2022 09:00 WIB");
	}

	@Test
	void labelsOtherZonesWithTheirOffset() {
		assertThat(IndonesianTime.label(ZoneId.of("UTC"))).isEqualTo("UTC");
		assertThat(IndonesianTime.label(ZoneId.of("Asia/Tokyo"))).isEqualTo("UTC+09:00");
	}

}
