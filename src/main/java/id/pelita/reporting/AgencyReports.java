package id.pelita.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import id.pelita.agency.AgencySummary;
import id.pelita.certificate.CertificateSettings;
import id.pelita.reporting.internal.AgencyJpStore;
import id.pelita.reporting.internal.AgencyJpStore.Selection;
import id.pelita.reporting.internal.SummaryPdf;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.SpreadsheetWriter;
import id.pelita.shared.SpreadsheetWriter.Column;
import id.pelita.shared.audit.AuditEntry;
import id.pelita.shared.audit.AuditLog;
import id.pelita.shared.i18n.Translations;
import id.pelita.shared.security.CurrentUser;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.time.IndonesianTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's downloads for a year: the JP list of every employee and the cohort report (per run) as CSV or
 * XLSX, written row by row as the database hands them out, and the printable PDF summary with its charts. The
 * numbers are those of the dashboard ({@link ComplianceService}, {@link AgencyDashboard}).
 */
@Service
public class AgencyReports {

	/** The kind (file name start) of the employee list. */
	public static final String EMPLOYEES = "jp-pegawai";

	/** The kind of the cohort report. */
	public static final String COHORTS = "angkatan";

	/** The kind of the one-page summary. */
	public static final String SUMMARY = "ringkasan-jp";

	private final AgencyJpStore store;

	private final AgencyAccess access;

	private final ComplianceService compliance;

	private final AgencyDashboard dashboard;

	private final Translations translations;

	private final CertificateSettings certificates;

	private final Clock clock;

	private final AuditLog audit;

	AgencyReports(AgencyJpStore store, AgencyAccess access, ComplianceService compliance, AgencyDashboard dashboard,
			Translations translations, CertificateSettings certificates, Clock clock, AuditLog audit) {
		this.store = store;
		this.audit = audit;
		this.access = access;
		this.compliance = compliance;
		this.dashboard = dashboard;
		this.translations = translations;
		this.certificates = certificates;
		this.clock = clock;
	}

	/** Every employee of the agency and its units: NIP, name, unit, rank, the year's JP and whether they reached 20. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public void employeeList(long agencyId, int year, SpreadsheetFormat format, OutputStream out) {
		Set<Long> tree = this.access.tree(agencyId);
		Locale locale = CurrentUser.require().locale();
		recordDownload(EMPLOYEES, agencyId, year, format.extension());
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, locale)) {
			writer.sheet(text(locale, "agencyReports.employees.sheet", year),
					List.of(Column.text(text(locale, "agencyReports.column.nip"), 21),
							Column.of(text(locale, "agencyReports.column.name"), 32),
							Column.of(text(locale, "agencyReports.column.unit"), 32),
							Column.of(text(locale, "agencyReports.column.rank"), 24),
							Column.of(text(locale, "agencyReports.column.jp"), 8),
							Column.of(text(locale, "agencyReports.column.reached"), 12)), 0);
			String yes = text(locale, "agencyReports.yes");
			String no = text(locale, "agencyReports.no");
			this.store.eachEmployee(new Selection(tree, year, null, null, null),
					employee -> writer.row(employee.nip(), employee.fullName(), employee.unitName(),
							employee.rankGrade(), employee.jp(), employee.reached() ? yes : no));
		}
	}

	/** Per run of the year: the agency's people put forward, confirmed, completed and not completed. */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public void cohortReport(long agencyId, int year, SpreadsheetFormat format, OutputStream out) {
		Set<Long> tree = this.access.tree(agencyId);
		PelitaUser user = CurrentUser.require();
		Locale locale = user.locale();
		recordDownload(COHORTS, agencyId, year, format.extension());
		try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, locale)) {
			writer.sheet(text(locale, "agencyReports.cohorts.sheet", year),
					Stream.of("month", "run", "course", "nominated", "confirmed", "completed", "notCompleted")
						.map(column -> Column.of(text(locale, "agencyReports.column." + column),
								column.equals("run") || column.equals("course") ? 32 : 12))
						.toList(), 0);
			this.store.eachCohort(tree, year, LocalDate.now(this.clock.withZone(user.zone())),
					cohort -> writer.row(cohort.month().toString(), cohort.runName(), cohort.courseTitle(),
							cohort.nominated(), cohort.confirmed(), cohort.completed(), cohort.notCompleted()));
		}
	}

	/** The one-page A4 summary: the agency, the year, the figures, both charts, when it was made (user's zone). */
	@PreAuthorize("hasAnyRole('AGENCY_COORDINATOR', 'ADMIN')")
	@Transactional(readOnly = true)
	public void pdfSummary(long agencyId, int year, OutputStream out) {
		AgencySummary agency = this.access.agency(agencyId);
		PelitaUser user = CurrentUser.require();
		Locale locale = user.locale();
		recordDownload(SUMMARY, agencyId, year, "pdf");
		ComplianceSummary summary = this.compliance.summary(agencyId, year);
		List<MonthlyJp> months = this.dashboard.cumulativeJp(agencyId, year, summary.employees());
		NumberFormat number = NumberFormat.getNumberInstance(Translations.supported(locale));
		List<String> figures = List.of(
				text(locale, "agencyDashboard.figure.employees") + ": " + number.format(summary.employees()),
				text(locale, "agencyDashboard.figure.reached") + ": " + number.format(summary.reached()) + " ("
						+ number.format(summary.percentReached()) + "%)",
				text(locale, "agencyDashboard.figure.below") + ": "
						+ number.format(summary.employees() - summary.reached()),
				text(locale, "agencyDashboard.figure.totalJp") + ": " + number.format(months.getLast().cumulative()));
		List<String> buckets = DistributionLabels.keys().stream().map(key -> text(locale, key)).toList();
		List<String> monthNames = IntStream.rangeClosed(1, 12)
			.mapToObj(month -> Month.of(month).getDisplayName(TextStyle.SHORT, Translations.supported(locale)))
			.toList();
		SummaryPdf.Chart distribution = new SummaryPdf.Chart(text(locale, "agencyDashboard.distribution"),
				text(locale, "agencyDashboard.distribution.axis"), text(locale, "agencyDashboard.employees.axis"),
				buckets, List.of(new SummaryPdf.Series(text(locale, "agencyDashboard.employees.axis"),
						List.of(summary.zero(), summary.below10(), summary.below20(), summary.reached()))), false);
		SummaryPdf.Chart cumulative = new SummaryPdf.Chart(text(locale, "agencyDashboard.cumulative"),
				text(locale, "agencyDashboard.month"), "JP", monthNames,
				List.of(new SummaryPdf.Series(text(locale, "agencyDashboard.cumulative.actual"),
						months.stream().map(MonthlyJp::cumulative).toList()),
						new SummaryPdf.Series(text(locale, "agencyDashboard.cumulative.pace"),
								months.stream().map(MonthlyJp::steadyPace).toList())), true);
		String generated = text(locale, "agencyReports.pdf.generated",
				IndonesianTime.dateTime(this.clock.instant(), user.zone(), locale));
		new SummaryPdf(fonts()).write(agency.name(), text(locale, "agencyReports.pdf.subtitle", String.valueOf(year)),
				figures, List.of(distribution, cumulative), generated, out);
	}

	/**
	 * Records that the agency's report left the system (its own transaction: reading it changes nothing), before
	 * its first byte is written.
	 */
	private void recordDownload(String kind, long agencyId, int year, String extension) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("report", kind);
		facts.put("agencyId", agencyId);
		facts.put("year", year);
		this.audit.recordOnItsOwn(AuditEntry.listDownloaded(
				fileName(kind, this.access.agency(agencyId), year) + "." + extension, agencyId, facts));
	}

	/** The file name of a download without extension: {@code jp-pegawai-36.04-2026}. */
	public static String fileName(String kind, AgencySummary agency, int year) {
		return kind + "-" + agency.code().replaceAll("[^A-Za-z0-9.-]", "_") + "-" + year;
	}

	private Path fonts() {
		try (Stream<Path> folders = Files.list(this.certificates.templates())) {
			return folders.filter(folder -> Files.isRegularFile(folder.resolve("DejaVuSans.ttf"))
					&& Files.isRegularFile(folder.resolve("DejaVuSans-Bold.ttf")))
				.sorted()
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No DejaVu Sans fonts in the certificate templates "
						+ this.certificates.templates().toAbsolutePath()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String text(Locale locale, String key, Object... args) {
		return this.translations.translate(key, locale, args);
	}

	/** The translation keys of the four distribution buckets, 0 / 1-9 / 10-19 / 20+. */
	public static final class DistributionLabels {

		private DistributionLabels() {
		}

		public static List<String> keys() {
			return List.of("agencyDashboard.bucket.zero", "agencyDashboard.bucket.below10",
					"agencyDashboard.bucket.below20", "agencyDashboard.bucket.reached");
		}

	}

}
