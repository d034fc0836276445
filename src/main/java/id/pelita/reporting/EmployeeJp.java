package id.pelita.reporting;

import java.math.BigDecimal;

import id.pelita.shared.JamPelajaran;
import org.jspecify.annotations.Nullable;

/** One employee's JP in a year, with where they work (their current unit), rank and position. */
public record EmployeeJp(long accountId, String nip, String fullName, String unitName, @Nullable String rankGrade,
		@Nullable String position, BigDecimal jp) {

	/** Whether the year's JP reached the annual target of 20. */
	public boolean reached() {
		return this.jp.compareTo(BigDecimal.valueOf(JamPelajaran.ANNUAL_TARGET.hours())) >= 0;
	}

}
