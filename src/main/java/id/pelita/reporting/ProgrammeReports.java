package id.pelita.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import id.pelita.reporting.internal.OrganiserExports;
import id.pelita.reporting.internal.OrganiserReportStore;
import id.pelita.shared.SpreadsheetFormat;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' reports across runs: a month's runs side by side, and each agency's participation in a year's
 * runs with the JP its employees earned. For organisers and administrators, who see every run and agency.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
public class ProgrammeReports {

	private final OrganiserReportStore store;

	private final OrganiserExports exports;

	ProgrammeReports(OrganiserReportStore store, OrganiserExports exports) {
		this.store = store;
		this.exports = exports;
	}

	/** The month's runs (not drafts, not cancelled), by start date. */
	public List<RunMonthRow> month(YearMonth month) {
		return this.store.month(month);
	}

	public byte[] exportMonth(YearMonth month, SpreadsheetFormat format, Locale locale) {
		return this.exports.month(month(month), format, locale);
	}

	/** Every agency with enrolments in the year's runs or JP earned in the year, by agency code. */
	public List<AgencyParticipation> agencies(int year) {
		return this.store.agencies(year);
	}

	public byte[] exportAgencies(int year, SpreadsheetFormat format, Locale locale) {
		return this.exports.agencies(agencies(year), format, locale);
	}

}
