package id.pelita.reporting;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.pelita.enrolment.EnrolmentFixtures;
import id.pelita.identity.PersonRef;
import id.pelita.shared.SpreadsheetFormat;
import id.pelita.shared.security.PelitaUser;
import id.pelita.shared.security.Role;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The month report and the agency participation against figures computed by hand: cancelled enrolments, a revoked
 * completion and a revoked certificate, a draft and a cancelled run, free-text answers that are no ratings, a
 * voided credit, a run and a credit of the year before, and an employee who moved agency after enrolling. H2 and
 * PostgreSQL subclasses (shared database: only the test's own runs and agencies are looked at).
 */
abstract class ProgrammeReportsTests {

	static final YearMonth MAY = YearMonth.of(2031, 5);

	@Autowired
	ApplicationContext context;

	@Autowired
	ProgrammeReports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyFigureMatchesTheHandComputedRunsAndAgencies() throws Exception {
		EnrolmentFixtures fixtures = new EnrolmentFixtures(this.context);
		ReportRows rows = new ReportRows(this.jdbc);
		long a = rows.agency("OPD");
		long b = rows.agency("OPD");
		PersonRef p1 = fixtures.employee(a);
		PersonRef p2 = fixtures.employee(a);
		PersonRef p3 = fixtures.employee(a);
		PersonRef p4 = fixtures.employee(b);
		PersonRef p5 = fixtures.employee(b);
		long course = rows.course(8);
		long r1 = rows.run(course, MAY, 8, "PUBLISHED");
		long r2 = rows.run(course, MAY, 4, "REGISTRATION_CLOSED");
		long draft = rows.run(course, MAY, 10, "DRAFT");
		long cancelled = rows.run(course, MAY, 10, "CANCELLED");
		long lastYear = rows.run(course, YearMonth.of(2030, 12), 10, "PUBLISHED");
		rows.enrol(r1, p1.accountId(), a, "CONFIRMED");
		rows.enrol(r1, p2.accountId(), a, "CONFIRMED");
		rows.enrol(r1, p3.accountId(), a, "CONFIRMED");
		rows.enrol(r1, p4.accountId(), b, "CONFIRMED");
		rows.enrol(r1, p5.accountId(), b, "CANCELLED");
		rows.enrol(r2, p1.accountId(), a, "CONFIRMED");
		rows.enrol(r2, p4.accountId(), b, "CONFIRMED");
		rows.enrol(draft, p2.accountId(), a, "CONFIRMED");
		rows.enrol(lastYear, p1.accountId(), a, "CONFIRMED");
		rows.completion(r1, p1.accountId(), "COMPLETED");
		rows.completion(r1, p2.accountId(), "COMPLETED");
		rows.completion(r1, p3.accountId(), "REVOKED");
		rows.completion(r2, p4.accountId(), "COMPLETED");
		rows.completion(lastYear, p1.accountId(), "COMPLETED");
		rows.certificate(r1, p1.accountId(), "VALID");
		rows.certificate(r1, p2.accountId(), "REVOKED");
		rows.certificate(lastYear, p1.accountId(), "VALID");
		rows.ratings(r1, course, 5, 4, 4);
		rows.credit(p1.accountId(), 2031, "12", false);
		rows.credit(p2.accountId(), 2031, "8", false);
		rows.credit(p2.accountId(), 2031, "5", true);
		rows.credit(p4.accountId(), 2031, "6.5", false);
		rows.credit(p4.accountId(), 2030, "4", false);
		rows.credit(p3.accountId(), 2031, "3", false);
		// p3 enrolled from agency a and works in agency b now: enrolments count for a, JP for b
		rows.moveTo(p3.accountId(), b);
		PelitaUser organiser = EnrolmentFixtures.user(1L, "organiser-programme", null, Role.ORGANISER);

		Map<Long, RunMonthRow> month = fixtures.as(organiser, () -> this.reports.month(MAY))
			.stream()
			.collect(Collectors.toMap(RunMonthRow::runId, Function.identity()));
		assertThat(month).containsKeys(r1, r2).doesNotContainKeys(draft, cancelled, lastYear);
		RunMonthRow first = month.get(r1);
		assertThat(first.seats()).isEqualTo(8);
		assertThat(first.confirmed()).isEqualTo(4);
		assertThat(first.fillRate()).isEqualByComparingTo("50.0");
		assertThat(first.completed()).isEqualTo(2);
		assertThat(first.completionRate()).isEqualByComparingTo("50.0");
		assertThat(first.averageEvaluation()).isEqualByComparingTo("4.33");
		RunMonthRow second = month.get(r2);
		assertThat(second.confirmed()).isEqualTo(2);
		assertThat(second.fillRate()).isEqualByComparingTo("50.0");
		assertThat(second.completed()).isEqualTo(1);
		assertThat(second.completionRate()).isEqualByComparingTo("50.0");
		assertThat(second.averageEvaluation()).isNull();

		Map<Long, AgencyParticipation> agencies = fixtures.as(organiser, () -> this.reports.agencies(2031))
			.stream()
			.collect(Collectors.toMap(AgencyParticipation::agencyId, Function.identity()));
		AgencyParticipation ofA = agencies.get(a);
		assertThat(List.of(ofA.nominated(), ofA.confirmed(), ofA.completed(), ofA.certified()))
			.containsExactly(4L, 4L, 2L, 1L);
		assertThat(ofA.jp()).isEqualByComparingTo("20");
		assertThat(ofA.completionRate()).isEqualByComparingTo("50.0");
		AgencyParticipation ofB = agencies.get(b);
		assertThat(List.of(ofB.nominated(), ofB.confirmed(), ofB.completed(), ofB.certified()))
			.containsExactly(3L, 2L, 1L, 0L);
		assertThat(ofB.jp()).isEqualByComparingTo("9.5");

		String csv = new String(fixtures.as(organiser,
				() -> this.reports.exportMonth(MAY, SpreadsheetFormat.CSV, Locale.forLanguageTag("id"))),
				StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFKursus;Angkatan;Mulai;Selesai;Kursi;Terkonfirmasi;Keterisian");
		assertThat(csv).contains(";8;4;50;2;50;4,33");
		byte[] xlsx = fixtures.as(organiser,
				() -> this.reports.exportAgencies(2031, SpreadsheetFormat.XLSX, Locale.ENGLISH));
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> sheet = workbook.getFirstSheet().read();
			assertThat(sheet.getFirst().getCellText(7)).isEqualTo("Employees' JP this year");
			Row rowOfB = sheet.stream()
				.filter(row -> row.getCellText(0).equals(agencyCode(b)))
				.findFirst()
				.orElseThrow();
			assertThat(rowOfB.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(3));
			assertThat(rowOfB.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("9.5");
		}

		PelitaUser coordinator = fixtures.coordinator(a);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> fixtures.as(coordinator, () -> this.reports.agencies(2031)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> fixtures.as(EnrolmentFixtures.participant(p1), () -> this.reports.month(MAY)));
	}

	private String agencyCode(long agencyId) {
		return this.jdbc.queryForObject("select code from agency where id = ?", String.class, agencyId);
	}

}
