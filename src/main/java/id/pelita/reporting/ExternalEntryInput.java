package id.pelita.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a coordinator or an employee enters for a training outside the platform, as entered: any field may be
 * missing until {@link ExternalTrainings} has checked it.
 */
public record ExternalEntryInput(@Nullable String title, @Nullable String organiser, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, @Nullable BigDecimal jp, @Nullable ExternalTrainingType type) {

}
