package id.pelita.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a coordinator or an employee enters for a training outside the platform. */
public record ExternalEntryInput(String title, String organiser, LocalDate startDate, LocalDate endDate,
		BigDecimal jp, ExternalTrainingType type) {

}
