package id.pelita.enrolment.internal;

import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeatPlanTests {

	private static final long SERANG = 4;

	private static final long LEBAK = 2;

	@Test
	void withoutReservationsEveryoneSharesTheSeats() {
		SeatPlan plan = SeatPlan.of(2, Map.of(), Map.of());
		assertThat(plan.take(null)).hasValue(SeatPlan.GENERAL);
		assertThat(plan.take(SERANG)).hasValue(SeatPlan.GENERAL);
		assertThat(plan.take(null)).isEmpty();
		assertThat(plan.totalFree()).isZero();
	}

	@Test
	void anAgencyUsesItsReservationFirstThenTheGeneralPool() {
		SeatPlan plan = SeatPlan.of(10, Map.of(SERANG, 3, LEBAK, 2), Map.of());
		assertThat(plan.generalFree()).isEqualTo(5);
		for (int i = 0; i < 3; i++) {
			assertThat(plan.take(SERANG)).hasValue(SERANG);
		}
		assertThat(plan.take(SERANG)).hasValue(SeatPlan.GENERAL);
		assertThat(plan.generalFree()).isEqualTo(4);
		assertThat(plan.reservedFree(LEBAK)).isEqualTo(2);
	}

	@Test
	void othersCannotTakeReservedSeats() {
		SeatPlan plan = SeatPlan.of(3, Map.of(LEBAK, 2), Map.of());
		assertThat(plan.take(null)).hasValue(SeatPlan.GENERAL);
		assertThat(plan.take(SERANG)).isEmpty();
		assertThat(plan.totalFree()).isEqualTo(2);
		assertThat(plan.anyReservedFree()).isTrue();
		assertThat(plan.take(LEBAK)).hasValue(LEBAK);
	}

	@Test
	void seatsTakenBeyondAShrunkReservationCountAgainstTheGeneralPool() {
		SeatPlan plan = SeatPlan.of(10, Map.of(SERANG, 2), Map.of(SERANG, 4, SeatPlan.GENERAL, 3));
		assertThat(plan.reservedFree(SERANG)).isZero();
		assertThat(plan.generalFree()).isEqualTo(8 - 3 - 2);
		assertThat(plan.totalFree()).isEqualTo(3);
	}

	@Test
	void aReleasedReservedSeatCanBeFilledByMovingSomeoneOutOfTheGeneralPool() {
		SeatPlan plan = SeatPlan.of(4, Map.of(SERANG, 2), Map.of(SERANG, 2, SeatPlan.GENERAL, 2));
		assertThat(plan.totalFree()).isZero();
		plan.release(SERANG);
		assertThat(plan.reservedFree(SERANG)).isEqualTo(1);
		plan.moveIntoReservation(SERANG);
		assertThat(plan.reservedFree(SERANG)).isZero();
		assertThat(plan.generalFree()).isEqualTo(1);
		OptionalLong seat = plan.take(null);
		assertThat(seat).hasValue(SeatPlan.GENERAL);
	}

}
