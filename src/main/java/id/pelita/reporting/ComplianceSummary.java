package id.pelita.reporting;

/**
 * An agency's (with its sub-units) JP compliance in a year: employees, how many reached the annual target, and the
 * distribution. Buckets are by the year's total: {@code zero} is exactly 0, {@code below10} is above 0 and below 10
 * (9.5 falls here), {@code below20} is 10 up to below 20 (19.5 falls here), {@code reached} is 20 or more.
 */
public record ComplianceSummary(long agencyId, int year, long employees, long zero, long below10, long below20,
		long reached) {

	/** Share of employees that reached the target, in percent rounded to one decimal; 0 without employees. */
	public double percentReached() {
		return this.employees == 0 ? 0 : Math.round(this.reached * 1000.0 / this.employees) / 10.0;
	}

}
