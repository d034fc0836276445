package id.pelita.reporting;

import java.math.BigDecimal;

/**
 * One agency's participation in the runs of a year: enrolments of the agency's people (counted in the agency
 * they belonged to when they enrolled) in runs of that year (not drafts, not cancelled runs), whatever their status ({@code nominated}), confirmed
 * now, completed (not revoked) and with a valid certificate; and the JP its current employees earned in the year
 * (every counting ledger entry of that year, the figure the compliance pages add up).
 */
public record AgencyParticipation(long agencyId, String agencyCode, String agencyName, long nominated,
		long confirmed, long completed, long certified, BigDecimal jp) {

	/** Completions against confirmed enrolments, in percent to one decimal. */
	public BigDecimal completionRate() {
		return RunMonthRow.percent(this.completed, this.confirmed);
	}

}
