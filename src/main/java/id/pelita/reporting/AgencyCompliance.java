package id.pelita.reporting;

/** One agency (with its sub-units) in the side-by-side comparison: employees and how many reached 20 JP. */
public record AgencyCompliance(long agencyId, String code, String name, long employees, long reached) {

	/** Share that reached the target, in percent rounded to one decimal; 0 without employees. */
	public double percentReached() {
		return this.employees == 0 ? 0 : Math.round(this.reached * 1000.0 / this.employees) / 10.0;
	}

}
