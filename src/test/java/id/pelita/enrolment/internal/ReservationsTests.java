package id.pelita.enrolment.internal;

import java.util.List;
import java.util.Set;

import id.pelita.agency.AgencyKind;
import id.pelita.agency.AgencySummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReservationsTests {

	private static final List<AgencySummary> TREE = List.of(
			new AgencySummary(1, "36", "Provinsi Banten", AgencyKind.PROVINCE, null, true),
			new AgencySummary(4, "36.04", "Kabupaten Serang", AgencyKind.REGENCY, 1L, true),
			new AgencySummary(41, "36.04.01", "BKPSDM Serang", AgencyKind.OPD, 4L, true),
			new AgencySummary(2, "36.02", "Kabupaten Lebak", AgencyKind.REGENCY, 1L, true));

	@Test
	void aReservationCoversTheUnitsBelowTheAgency() {
		Reservations reservations = Reservations.of(Set.of(4L), TREE);
		assertThat(reservations.reservationFor(41L)).isEqualTo(4L);
		assertThat(reservations.reservationFor(4L)).isEqualTo(4L);
		assertThat(reservations.reservationFor(2L)).isNull();
		assertThat(reservations.reservationFor(null)).isNull();
	}

	@Test
	void theNearestReservationWins() {
		Reservations reservations = Reservations.of(Set.of(1L, 4L), TREE);
		assertThat(reservations.reservationFor(41L)).isEqualTo(4L);
		assertThat(reservations.reservationFor(2L)).isEqualTo(1L);
	}

}
